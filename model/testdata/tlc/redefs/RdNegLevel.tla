---- MODULE RdNegLevel ----
EXTENDS RdNegPrime
ASSUME -1 = 0
Init == x = 0
Next == x' = x
====
