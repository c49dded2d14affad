---- MODULE RcdField ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [a |-> [y \in Nat |-> y]].a[2] = 2
====
