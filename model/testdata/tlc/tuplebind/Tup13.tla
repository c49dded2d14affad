---- MODULE Tup13 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = CHOOSE <<a, b>> \in {<<1,2,3>>} : TRUE
Next == UNCHANGED x
====
