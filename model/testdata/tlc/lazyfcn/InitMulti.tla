---- MODULE InitMulti ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a, b \in Nat |-> a + b] /\ x[1, 2] = 4
Next == UNCHANGED x
Inv == TRUE
====
