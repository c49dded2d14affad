---- MODULE InB2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ "a" \in BOOLEAN
Next == UNCHANGED x
====
