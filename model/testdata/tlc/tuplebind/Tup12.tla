---- MODULE Tup12 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [<<a,b>> \in {1} |-> 1]
Next == UNCHANGED x
====
