---- MODULE FilterOpInt ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ LET P(v) == 3 IN Cardinality({s \in {1,2} : P(s)}) = 1
Next == UNCHANGED x
====
