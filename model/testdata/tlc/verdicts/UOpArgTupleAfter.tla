---- MODULE UOpArgTupleAfter ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE a, b, c
K(v) == v
Init == a = 0 /\ b = 0 /\ c = 0
Next == a < 2 /\ a' = a + 1 /\ b' = b /\ UNCHANGED <<c, K(b)>>
Inv == b = 0
====
