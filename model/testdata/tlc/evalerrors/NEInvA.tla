---- MODULE NEInvA ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == \A y \in STRING : y # x
====
