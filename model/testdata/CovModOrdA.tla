---- MODULE CovModOrdA ----
\* Part of CovModOrd.
EXTENDS Naturals
VARIABLE x
Init == x = 0
AAct == x < 3 /\ x' = x + 1
====
