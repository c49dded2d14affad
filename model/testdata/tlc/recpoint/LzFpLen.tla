---- MODULE LzFpLen ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = [x \in 0..2 |-> Len(x)]
====
