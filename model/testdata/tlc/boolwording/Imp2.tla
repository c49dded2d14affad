---- MODULE Imp2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ (TRUE => 1)
Next == UNCHANGED x
====
