---- MODULE Enum6 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality([{1} -> 3])
Next == UNCHANGED x
====
