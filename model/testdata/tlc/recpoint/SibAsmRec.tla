---- MODULE SibAsmRec ----
EXTENDS Naturals, Sequences, TLC
T(v) == <<[n \in Nat |-> n], Print(v, v)>>
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME [a |-> [n \in Nat |-> n], b |-> Print(1, 1)].a[0] = 0
====
