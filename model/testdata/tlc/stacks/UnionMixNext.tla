---- MODULE UnionMixNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = UNION {{{1}, {"a"}}, {{2}}}
====
