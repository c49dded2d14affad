---- MODULE CardFcnSetFits ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality([1..27 -> {0, 1}]) = 134217728
====
