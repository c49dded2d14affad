---- MODULE NextErr ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1 /\ \E f \in [1..2 -> 1..4] : f[1] = 4
====
