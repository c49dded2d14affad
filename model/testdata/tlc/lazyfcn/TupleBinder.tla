---- MODULE TupleBinder ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [<<a, b>> \in Nat \X Nat |-> a + b][<<1, 2>>] = 3
====
