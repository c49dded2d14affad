---- MODULE NBSet1 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
A == {x'}
Next == x' = 1 /\ A
====
