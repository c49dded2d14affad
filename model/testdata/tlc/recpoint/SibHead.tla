---- MODULE SibHead ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0 /\ TLCSet(1, 0)
Next == x' = (x + 1) % 3
S(v) == <<[n \in Nat |-> n], TLCSet(1, TLCGet(1) + 1)>>
Inv == Head(S(x))[0] = 0 /\ PrintT(TLCGet(1)) /\ TLCGet(1) < 4
====
