---- MODULE NextExcept ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [[y \in Nat |-> y] EXCEPT ![1] = 5][1] /\ x' < 6
Inv == TRUE
====
