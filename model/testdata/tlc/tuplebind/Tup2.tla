---- MODULE Tup2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {<<a,b>> \in {<<1>>} : TRUE}
Next == UNCHANGED x
====
