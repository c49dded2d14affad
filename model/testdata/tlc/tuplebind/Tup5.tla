---- MODULE Tup5 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == \E <<a, b>> \in {<<1>>} : x' = a
====
