---- MODULE SibTup ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0 /\ TLCSet(1, 0)
Next == x' = (x + 1) % 3
Inv == <<[n \in Nat |-> n], TLCSet(1, TLCGet(1) + 1)>>[1][0] = 0 /\ PrintT(TLCGet(1)) /\ TLCGet(1) < 4
====
