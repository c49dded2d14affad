---- MODULE FcnPrintSourced ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ PrintT([i \in 1..2 |-> <<1>>[i+1]])
Next == UNCHANGED x
====
