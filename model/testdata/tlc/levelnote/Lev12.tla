---- MODULE Lev12 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
F(a) == a' = 1
Inv == F(x)
====
