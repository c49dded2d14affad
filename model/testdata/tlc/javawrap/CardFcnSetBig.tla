---- MODULE CardFcnSetBig ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality([1..31 -> {0, 1}]) > 0
====
