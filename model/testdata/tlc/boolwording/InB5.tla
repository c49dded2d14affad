---- MODULE InB5 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ {1} \in BOOLEAN
Next == UNCHANGED x
====
