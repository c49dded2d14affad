---- MODULE DomFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == DOMAIN [y \in Nat |-> y] = Nat
====
