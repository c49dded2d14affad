---- MODULE Lev1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \E y \in {x'} : TRUE
====
