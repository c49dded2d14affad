---- MODULE CovModOrdZ ----
\* Part of CovModOrd.
EXTENDS CovModOrdA
ZAct == x < 4 /\ x' = x + 2
====
