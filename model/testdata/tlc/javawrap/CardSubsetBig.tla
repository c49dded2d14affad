---- MODULE CardSubsetBig ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(SUBSET (1..31)) > 0
====
