---- MODULE ZSubInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = SUBSET 3
Next == x' = x
====
