---- MODULE SubCard70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = Cardinality(SUBSET (1..70))
Next == UNCHANGED x
====
