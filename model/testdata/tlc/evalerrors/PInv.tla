---- MODULE PInv ----
EXTENDS Naturals, TLC
VARIABLE x
Init == PrintT("init") /\ x = 0
Next == x' = x
Inv == x[1] = 0
====
