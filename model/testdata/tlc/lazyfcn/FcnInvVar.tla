---- MODULE FcnInvVar ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == [y \in Nat |-> y + x][2] = 2
====
