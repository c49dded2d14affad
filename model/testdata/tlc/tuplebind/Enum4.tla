---- MODULE Enum4 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E y \in [a : 3] : x' = 1
====
