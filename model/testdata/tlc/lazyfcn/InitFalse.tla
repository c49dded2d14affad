---- MODULE InitFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Nat |-> y] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
