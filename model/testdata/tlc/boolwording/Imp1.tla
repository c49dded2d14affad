---- MODULE Imp1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ (1 => TRUE)
Next == UNCHANGED x
====
