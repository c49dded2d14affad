---- MODULE NEInitE ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == \E y \in Nat : x = y
Next == x' = x
====
