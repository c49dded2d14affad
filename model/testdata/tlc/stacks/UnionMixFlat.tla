---- MODULE UnionMixFlat ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = UNION {{1}, {"a"}}
Next == UNCHANGED x
====
