---- MODULE PrecInfixPrefix ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == ~ x = 0 \in {}
Next == x' = x
====
