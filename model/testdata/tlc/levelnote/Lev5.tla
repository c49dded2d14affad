---- MODULE Lev5 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == {y \in {x'} : TRUE} = {}
====
