---- MODULE Lev14 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == x' = 1 /\ 1 < 2
====
