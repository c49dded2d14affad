---- MODULE LzOrdTup ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
Init == TLCSet(1, 0) /\ x = <<[j \in 0..TLCGet(1) |-> j], TLCSet(1, 5)>>[1][3]
Next == UNCHANGED x
====
