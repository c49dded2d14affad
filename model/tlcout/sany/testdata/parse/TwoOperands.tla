---- MODULE TwoOperands ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0 1
Next == x' = x
====
