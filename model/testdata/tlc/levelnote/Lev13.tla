---- MODULE Lev13 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
F(a) == a' = 1 /\ a = 0
Inv == F(x)
====
