---- MODULE FilterSubsetCardErr ----
EXTENDS Naturals, TLC, FiniteSets
ASSUME Cardinality({x \in SUBSET (1..2) : x = 3}) > 0
====
