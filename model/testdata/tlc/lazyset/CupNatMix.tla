---- MODULE CupNatMix ----
EXTENDS Naturals, FiniteSets, TLC, Sequences
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = x
Inv == x = 0 /\ m \in ({1, "a"} \cup Nat)
====
