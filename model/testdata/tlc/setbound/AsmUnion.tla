---- MODULE AsmUnion ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
ASSUME \E p \in UNION {{<<i, j>> : j \in 1..5} : i \in 1..5} : p[1] = 9
====
