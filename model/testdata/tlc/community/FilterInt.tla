---- MODULE FilterInt ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ Cardinality({s \in {1,2} : 3}) = 1
Next == UNCHANGED x
====
