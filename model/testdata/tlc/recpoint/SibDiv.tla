---- MODULE SibDiv ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
S(v) == [a |-> [n \in Nat |-> n \div v], b |-> Print(v, v)]
Init == x = 0
Next == x' = (x + 1) % 3
Inv == S(x).a[0] = 0
====
