---- MODULE Tup18 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 /\ \E <<a, b>> \in {<<1>>} : TRUE
====
