---- MODULE DomFcnApply ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == 3 \in DOMAIN [y \in Nat |-> y]
====
