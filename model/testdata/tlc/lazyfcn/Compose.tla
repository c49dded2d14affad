---- MODULE Compose ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == LET f == [y \in Nat |-> y] g == [y \in Nat |-> f[y] + 1] IN g[2] = 3
====
