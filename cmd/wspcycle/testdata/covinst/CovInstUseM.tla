---- MODULE CovInstUseM ----
\* Instantiated by CovInstUse.
EXTENDS Naturals
VARIABLE x
Step(n) == x' = x + n
====
