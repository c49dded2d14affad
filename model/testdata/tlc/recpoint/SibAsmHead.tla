---- MODULE SibAsmHead ----
EXTENDS Naturals, Sequences, TLC
T(v) == <<[n \in Nat |-> n], Print(v, v)>>
VARIABLE x
Init == x = 0
Next == x' = x
ASSUME Head(T(1))[0] = 0
====
