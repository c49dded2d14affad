---- MODULE LCupNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Nat \cup {1}
Next == x' = x
====
