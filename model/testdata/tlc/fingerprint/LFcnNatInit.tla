---- MODULE LFcnNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [Nat -> {1}]
Next == x' = x
====
