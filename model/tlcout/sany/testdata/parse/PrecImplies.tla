---- MODULE PrecImplies ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 => x = 1 => x = 2
Next == x' = x
====
