---- MODULE InNextAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 /\ x' \in {<<1>>[2]}
====
