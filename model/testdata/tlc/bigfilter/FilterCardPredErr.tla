---- MODULE FilterCardPredErr ----
EXTENDS Naturals, TLC, FiniteSets
F == {f \in [1..3 -> 1..121] : f[1] = 2 /\ f[2] = "a"}
ASSUME Cardinality(F) > 0
====
