---- MODULE SetTwo ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == Cardinality({[y \in Nat |-> y], [y \in Nat |-> y + 1]}) = 2
====
