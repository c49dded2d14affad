---- MODULE InitIntFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Int |-> y] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
