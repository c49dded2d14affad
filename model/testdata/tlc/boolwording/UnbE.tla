---- MODULE UnbE ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ \E y : y = 1
Next == UNCHANGED x
====
