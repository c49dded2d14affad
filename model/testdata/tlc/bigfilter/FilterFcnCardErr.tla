---- MODULE FilterFcnCardErr ----
EXTENDS Naturals, TLC, FiniteSets
ASSUME Cardinality({x \in [1..2 -> 1..2] : x[1] = "a"}) > 0
====
