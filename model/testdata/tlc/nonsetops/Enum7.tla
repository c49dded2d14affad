---- MODULE Enum7 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' \in [{1} -> 3]
====
