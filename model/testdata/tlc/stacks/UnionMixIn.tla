---- MODULE UnionMixIn ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in UNION {{{1}, {"a"}}, {{2}}}
Next == UNCHANGED x
====
