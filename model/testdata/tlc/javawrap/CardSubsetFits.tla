---- MODULE CardSubsetFits ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(SUBSET (1..30)) = 1073741824
====
