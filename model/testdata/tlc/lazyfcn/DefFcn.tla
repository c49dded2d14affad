---- MODULE DefFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
G == [n \in Nat |-> 2 * n]
Init == x = 0
Next == UNCHANGED x
Inv == G[5] = 10
====
