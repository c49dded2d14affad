---- MODULE Lf12 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
F == [n \in Nat |-> n]
Init == x = 0
Next == x' = x
Inv == SelectSeq(F, LAMBDA e : TRUE) = <<>>
====
