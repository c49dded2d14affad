---- MODULE InitApp ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [y \in Nat |-> y] /\ x[3] = 3
Next == UNCHANGED x
Inv == TRUE
====
