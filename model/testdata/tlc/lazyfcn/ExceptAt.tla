---- MODULE ExceptAt ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [[y \in Nat |-> y] EXCEPT ![2] = @ + 10][2] = 12
====
