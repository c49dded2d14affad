---- MODULE UnbA ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == \A y : y = 1
====
