---- MODULE ErrProd ----
EXTENDS Naturals, Sequences, TLC, FiniteSets
VARIABLE x
g(a) == a + 1
Init == x = 0 /\ 1 + ({g(x)} \X Nat) = 2
Next == x' = x + 1 /\ x < 0
====
