---- MODULE SibAsmLet ----
EXTENDS Naturals, Sequences, TLC
T(v) == <<[n \in Nat |-> n], Print(v, v)>>
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME LET r == [a |-> [n \in Nat |-> n], b |-> Print(1, 1)] IN r.a[0] = 0
====
