---- MODULE LzOrdRec ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
Init == TLCSet(1, 0) /\ x = [a |-> [j \in 0..TLCGet(1) |-> j], b |-> TLCSet(1, 5)].a[3]
Next == UNCHANGED x
====
