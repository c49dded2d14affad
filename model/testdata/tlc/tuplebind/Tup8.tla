---- MODULE Tup8 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = CHOOSE <<a, b>> \in {<<1>>} : TRUE
Next == UNCHANGED x
====
