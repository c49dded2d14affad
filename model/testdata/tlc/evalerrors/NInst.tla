---- MODULE NInst ----
EXTENDS Naturals
VARIABLE x
L == INSTANCE NLib
Init == x = 0
Next == x' = L!H(x)
====
