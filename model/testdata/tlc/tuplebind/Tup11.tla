---- MODULE Tup11 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [<<a,b>> \in {<<1,2,3>>} |-> a]
Next == UNCHANGED x
====
