---- MODULE SubFilt4 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = {s \in SUBSET (1..4) : Cardinality(s) = 4}
Next == UNCHANGED x
====
