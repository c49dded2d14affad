---- MODULE CupMixedInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {{1}, {"a"}} \cup {{2}}
Next == UNCHANGED x
====
