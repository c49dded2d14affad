---- MODULE UInitNum ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ 7
Next == x' = x
====
