---- MODULE CovInstNestA ----
\* The innermost module of CovInstNest.
EXTENDS Naturals
VARIABLE x
Safe == x > 1 => x < 100
====
