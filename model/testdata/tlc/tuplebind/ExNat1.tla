---- MODULE ExNat1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E y \in Nat : x' = y
====
