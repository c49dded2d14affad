---- MODULE InvApp ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [n \in Nat |-> n][2] = 2
====
