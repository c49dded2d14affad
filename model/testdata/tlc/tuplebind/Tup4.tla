---- MODULE Tup4 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {a + b : <<a,b>> \in {<<1>>}}
Next == UNCHANGED x
====
