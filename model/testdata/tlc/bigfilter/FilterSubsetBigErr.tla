---- MODULE FilterSubsetBigErr ----
EXTENDS Naturals, TLC, FiniteSets
F == {E \in SUBSET (1..21) : Cardinality(E) = 20 /\ E = 3}
ASSUME Cardinality(F) > 0
====
