---- MODULE YFcnConcat ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [i \in 1..2 |-> i]
Next == x' = x \o <<3>>
Inv == Len(x) = 3 => x[4] = 0
====
