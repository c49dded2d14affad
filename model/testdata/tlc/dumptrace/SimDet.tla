---- MODULE SimDet ----
\* One behaviour only (Next has one successor), so that a simulation's
\* counterexample is known: x = 0, 1, 2, 3, where Inv fails.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 3
====
