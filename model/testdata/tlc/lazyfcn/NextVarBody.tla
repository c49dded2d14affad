---- MODULE NextVarBody ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [y \in Nat |-> y + x][1] /\ x' < 3
Inv == TRUE
====
