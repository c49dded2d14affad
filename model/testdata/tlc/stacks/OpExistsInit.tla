---- MODULE OpExistsInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
P(f) == \E a \in DOMAIN f : f[a] = 2
Init == x = 0 /\ P(3)
Next == UNCHANGED x
====
