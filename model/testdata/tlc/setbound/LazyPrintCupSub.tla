---- MODULE LazyPrintCupSub ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ PrintT(SUBSET {1,2,3} \cup SUBSET {1,2})
Next == UNCHANGED x
====
