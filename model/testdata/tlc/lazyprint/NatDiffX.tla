---- MODULE NatDiffX ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ PrintT(Nat \ {x})
Next == x' = x + 1 /\ x < 0
====
