---- MODULE InitVar3 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x /\ x = 0
Next == UNCHANGED x
====
