---- MODULE PrecLeadsTo ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Spec == x = 0 ~> x = 1 ~> x = 2
Next == x' = x
====
