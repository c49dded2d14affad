---- MODULE ErrCup ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ 1 + (Seq({x}) \cup {}) = 2
Next == x' = x + 1 /\ x < 0
====
