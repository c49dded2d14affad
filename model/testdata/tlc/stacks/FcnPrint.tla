---- MODULE FcnPrint ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ PrintT([i \in 1..2 |-> "abc"[i]])
Next == UNCHANGED x
====
