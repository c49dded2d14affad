---- MODULE SubEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0 /\ \E s \in SUBSET (1..4) : Cardinality(s) = 4
Next == UNCHANGED x
====
