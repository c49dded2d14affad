---- MODULE InitSubsetFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [s \in SUBSET Nat |-> 1] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
