---- MODULE BInit1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == 1
Next == x' = x
====
