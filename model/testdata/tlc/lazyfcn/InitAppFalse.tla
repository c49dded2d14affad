---- MODULE InitAppFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Nat |-> y] /\ x[3] = 4
Next == UNCHANGED x
Inv == TRUE
====
