---- MODULE InitInFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x \in {[y \in Nat |-> y]} /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
