---- MODULE InitTup ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = <<[y \in Nat |-> y]>>
Next == UNCHANGED x
Inv == TRUE
====
