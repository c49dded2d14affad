---- MODULE Lf2 ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
F == [n \in Nat |-> n]
Init == x = 0
Next == x' = x
Inv == Tail(F) = <<>>
====
