---- MODULE CapRP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT({1} \cap 2) /\ x = 0
Next == x' = x
====
