---- MODULE LFcnNatNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [Nat -> {1}]
====
