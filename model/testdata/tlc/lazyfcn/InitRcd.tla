---- MODULE InitRcd ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a |-> [y \in Nat |-> y]]
Next == UNCHANGED x
Inv == TRUE
====
