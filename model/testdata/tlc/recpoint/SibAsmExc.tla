---- MODULE SibAsmExc ----
EXTENDS Naturals, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME [[a |-> [n \in Nat |-> n], b |-> Print(1, 1)].a EXCEPT ![0] = 5][0] = 5
====
