---- MODULE Card1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality([a : {}, b : 3])
Next == UNCHANGED x
====
