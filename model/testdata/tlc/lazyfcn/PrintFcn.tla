---- MODULE PrintFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == PrintT([y \in Nat |-> y])
====
