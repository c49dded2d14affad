---- MODULE CardFilter ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == Cardinality({y \in Nat : TRUE}) = 1
====
