---- MODULE FilterPrintPredErr ----
EXTENDS Naturals, TLC, FiniteSets
ASSUME PrintT({f \in [1..2 -> 1..2] : f[1] = "a"})
====
