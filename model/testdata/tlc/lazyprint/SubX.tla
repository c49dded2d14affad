---- MODULE SubX ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT(SUBSET {x, 5})
Next == x' = x + 1 /\ x < 0
====
