---- MODULE InitRcdFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a |-> [y \in Nat |-> y]] /\ x.a[2] = 3
Next == UNCHANGED x
Inv == TRUE
====
