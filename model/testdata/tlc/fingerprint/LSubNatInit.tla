---- MODULE LSubNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET Nat
Next == x' = x
====
