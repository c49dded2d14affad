---- MODULE Tup17 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [<<a,b>> \in {<<1>>} |-> 1]
====
