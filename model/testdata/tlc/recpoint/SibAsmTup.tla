---- MODULE SibAsmTup ----
EXTENDS Naturals, Sequences, TLC
T(v) == <<[n \in Nat |-> n], Print(v, v)>>
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME <<[n \in Nat |-> n], Print(1, 1)>>[1][0] = 0
====
