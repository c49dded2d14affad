---- MODULE RcdBig ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT([a : 1..50, b : x..50])
Next == x' = x + 1 /\ x < 0
====
