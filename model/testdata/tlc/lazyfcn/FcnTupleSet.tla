---- MODULE FcnTupleSet ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == <<[y \in Nat |-> y]>> \in {<<[y \in Nat |-> y]>>}
====
