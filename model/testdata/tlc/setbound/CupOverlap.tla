---- MODULE CupOverlap ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = {}
Next == x' = ({1,2,3,4,5,6,7,8} \cup {7,8,9,10})
Inv == Cardinality(x) \in {0, 10}
====
