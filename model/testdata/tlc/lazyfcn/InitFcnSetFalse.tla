---- MODULE InitFcnSetFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [s \in [Nat -> {1}] |-> 1] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
