---- MODULE QuantFcn ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \A n \in 1..3 : [y \in Nat |-> y][n] = n
====
