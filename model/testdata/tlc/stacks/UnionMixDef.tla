---- MODULE UnionMixDef ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
S == {{{1}, {"a"}}, {{2}}}
Init == x = UNION S
Next == UNCHANGED x
====
