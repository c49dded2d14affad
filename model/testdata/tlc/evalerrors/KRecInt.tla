---- MODULE KRecInt ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x < 1 /\ x' = [a |-> 1][1]
====
