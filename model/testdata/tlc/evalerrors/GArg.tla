---- MODULE GArg ----
EXTENDS Naturals, Sequences
VARIABLE x
G(f) == f[3]
Init == x = 0
Next == x' = G([i \in 1..2 |-> i])
====
