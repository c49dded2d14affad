---- MODULE LazyInCupSub ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x \in SUBSET {1,2,3} \cup SUBSET {1,2}
Next == UNCHANGED x
====
