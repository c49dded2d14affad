---- MODULE SibExc ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0 /\ TLCSet(1, 0)
Next == x' = (x + 1) % 3
S(v) == [a |-> [n \in Nat |-> n], b |-> TLCSet(1, TLCGet(1) + 1)]
Inv == [S(x).a EXCEPT ![0] = 5][0] = 5 /\ PrintT(TLCGet(1)) /\ TLCGet(1) < 4
====
