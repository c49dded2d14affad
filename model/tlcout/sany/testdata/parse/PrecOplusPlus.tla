---- MODULE PrecOplusPlus ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 (+) 1 + 2
Next == x' = x
====
