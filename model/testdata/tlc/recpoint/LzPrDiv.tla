---- MODULE LzPrDiv ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == v = 0 /\ PrintT(G(v)) /\ v' = 1
====
