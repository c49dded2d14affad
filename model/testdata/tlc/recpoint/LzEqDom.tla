---- MODULE LzEqDom ----
EXTENDS Naturals, TLC, Sequences, FiniteSets
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = IF DOMAIN G(v) = {0} THEN 0 ELSE 1
====
