---- MODULE LazyXCupSub ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET {1,2,3} \cup SUBSET {1,2}
Next == UNCHANGED x
====
