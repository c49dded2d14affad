---- MODULE InitVar ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x
Next == UNCHANGED x
====
