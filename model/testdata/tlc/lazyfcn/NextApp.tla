---- MODULE NextApp ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [y \in Nat |-> y] /\ x'[2] = 2
Inv == TRUE
====
