---- MODULE PNext ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT("init")
Next == PrintT("next") /\ x' = x[1]
====
