---- MODULE SCard ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(SUBSET 3) = 1
====
