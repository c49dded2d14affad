---- MODULE InitSelfEq ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Nat |-> y] /\ x = x
Next == UNCHANGED x
Inv == TRUE
====
