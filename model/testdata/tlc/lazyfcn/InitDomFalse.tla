---- MODULE InitDomFalse ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = DOMAIN [y \in Nat |-> y] /\ FALSE
Next == UNCHANGED x
Inv == TRUE
====
