---- MODULE LazyCardCupSub ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(SUBSET {1,2,3} \cup SUBSET {1,2})
Next == UNCHANGED x
====
