---- MODULE NextFp2 ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [y \in Nat |-> x]
Inv == TRUE
====
