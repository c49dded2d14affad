---- MODULE Choose1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = CHOOSE y : y = 1
Next == UNCHANGED x
====
