---- MODULE UnionMixCard ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(UNION {{<<1>>}, {[a |-> 1]}})
Next == UNCHANGED x
====
