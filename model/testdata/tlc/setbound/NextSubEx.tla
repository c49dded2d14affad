---- MODULE NextSubEx ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = {}
Next == \E s \in SUBSET (1..4) : x' = s
====
