---- MODULE PInit ----
EXTENDS Naturals, TLC
VARIABLE x
Init == PrintT("init") /\ x = 0 /\ x[1] = 2
Next == x' = x
====
