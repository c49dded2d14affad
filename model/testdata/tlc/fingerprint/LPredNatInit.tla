---- MODULE LPredNatInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {y \in Nat : y < 3}
Next == x' = x
====
