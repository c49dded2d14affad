---- MODULE Tup9 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {<<a,b>> \in {<<1,2,3>>} : TRUE}
Next == UNCHANGED x
====
