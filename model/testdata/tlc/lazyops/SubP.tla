---- MODULE SubP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(SUBSET 3) /\ x = 0
Next == x' = x
====
