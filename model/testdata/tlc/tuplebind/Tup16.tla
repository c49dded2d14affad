---- MODULE Tup16 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \E <<a, b>> \in {<<1>>} : TRUE
====
