---- MODULE LzOrdChain ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE x
G(v) == [i \in 0..2 |-> [j \in 0..TLCGet(1) |-> j + v]]
Init == TLCSet(1, 0) /\ x = G(6)[1][IF TLCSet(1, 5) THEN 3 ELSE 0]
Next == UNCHANGED x
====
