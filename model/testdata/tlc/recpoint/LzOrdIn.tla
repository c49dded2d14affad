---- MODULE LzOrdIn ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
Init == TLCSet(1, 0) /\ x = [j \in 0..TLCGet(1) |-> j][IF TLCSet(1, 5) THEN 3 ELSE 0]
Next == UNCHANGED x
====
