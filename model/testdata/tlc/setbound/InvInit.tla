---- MODULE InvInit ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \E f \in [1..2 -> 1..4] : f[1] = 9
====
