---- MODULE Enum2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in [{1} -> 3]
Next == UNCHANGED x
====
