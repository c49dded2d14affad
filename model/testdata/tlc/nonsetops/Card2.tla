---- MODULE Card2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality([a : 3])
Next == UNCHANGED x
====
