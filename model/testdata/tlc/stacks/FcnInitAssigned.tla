---- MODULE FcnInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> "abc"[i]]
Next == UNCHANGED x
====
