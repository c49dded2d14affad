---- MODULE UnionMixInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = UNION {{{1}, {"a"}}, {{2}}}
Next == UNCHANGED x
====
