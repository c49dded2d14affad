---- MODULE LNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Nat
Next == x' = x
====
