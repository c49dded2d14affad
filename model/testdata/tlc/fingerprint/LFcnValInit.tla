---- MODULE LFcnValInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in {1} |-> Nat]
Next == x' = x
====
