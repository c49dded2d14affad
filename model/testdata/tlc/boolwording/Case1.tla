---- MODULE Case1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = CASE x = 1 -> 1
                [] x = 2 -> 2
Next == UNCHANGED x
====
