---- MODULE LzOpErr ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
g[n \in 0..2] == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
g3[n \in 0..2] == [x \in 0..2 |-> [y \in 0..1 |-> IF y = 0 THEN n ELSE 10 \div (y - y)]]
ff == [x \in 0..2 |-> IF x = 0 THEN 1 ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = (G(v)[1] + 1) % 3
====
