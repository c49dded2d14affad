---- MODULE OrInitWhole ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ (x = 1 \/ 2)
Next == UNCHANGED x
====
