---- MODULE CSub7 ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT(SUBSET (1..7))
Next == x' = x + 1 /\ x < 0
====
