---- MODULE Choose2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = CHOOSE y : y = 1
====
