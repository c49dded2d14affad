---- MODULE NESetMap ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = Cardinality({y + 1 : y \in Nat})
====
