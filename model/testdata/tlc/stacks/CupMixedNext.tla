---- MODULE CupMixedNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = {{1}, {"a"}} \cup {{2}}
====
