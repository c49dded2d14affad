---- MODULE LzOrdArg ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
Op(f) == f[IF TLCSet(1, 5) THEN 3 ELSE 0]
Init == TLCSet(1, 0) /\ x = Op([j \in 0..TLCGet(1) |-> j])
Next == UNCHANGED x
====
