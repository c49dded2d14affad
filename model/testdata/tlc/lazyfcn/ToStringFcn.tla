---- MODULE ToStringFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ToString([y \in Nat |-> y]) = "a"
====
