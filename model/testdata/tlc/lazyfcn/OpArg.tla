---- MODULE OpArg ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Op(f) == f[2]
Init == x = 0
Next == UNCHANGED x
Inv == Op([y \in Nat |-> y]) = 2
====
