---- MODULE LenFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == Len([y \in Nat |-> y]) = 1
====
