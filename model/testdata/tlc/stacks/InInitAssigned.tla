---- MODULE InInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ x \in {<<1>>[2]}
Next == UNCHANGED x
====
