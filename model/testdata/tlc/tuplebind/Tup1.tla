---- MODULE Tup1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E <<a, b>> \in {<<1>>} : TRUE
Next == UNCHANGED x
====
