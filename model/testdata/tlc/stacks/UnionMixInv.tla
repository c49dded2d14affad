---- MODULE UnionMixInv ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Inv == UNION {{{1}, {"a"}}} # {}
Init == x = 0
Next == UNCHANGED x
====
