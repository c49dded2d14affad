---- MODULE LRcdNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a : Nat]
Next == x' = x
====
