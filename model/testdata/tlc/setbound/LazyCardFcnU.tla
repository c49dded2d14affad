---- MODULE LazyCardFcnU ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality([{1} -> UNION {1..8, 5..10}])
Next == UNCHANGED x
====
