---- MODULE LazyInvCup ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Inv == x \in (SUBSET {1,2,3} \cup SUBSET {1,2}) \/ TRUE
====
