---- MODULE UnionMixFp ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x

Init == x = UNION {{<<1>>}, {[a |-> 1]}}
Next == UNCHANGED x
====
