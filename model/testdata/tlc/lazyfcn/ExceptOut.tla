---- MODULE ExceptOut ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [[y \in Nat |-> y] EXCEPT ![-1] = 0][2] = 2
====
