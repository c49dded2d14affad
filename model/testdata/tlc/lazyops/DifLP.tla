---- MODULE DifLP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(1 \ {2}) /\ x = 0
Next == x' = x
====
