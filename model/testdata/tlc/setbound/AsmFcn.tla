---- MODULE AsmFcn ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
ASSUME \E f \in [1..2 -> 1..4] : f[1] = 9
====
