---- MODULE ExNat2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
A == \E y \in Nat : x' = y
Next == A
====
