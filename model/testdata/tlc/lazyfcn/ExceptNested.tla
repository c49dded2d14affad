---- MODULE ExceptNested ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [[y \in Nat |-> <<y, y>>] EXCEPT ![2][1] = 7][2] = <<7, 2>>
====
