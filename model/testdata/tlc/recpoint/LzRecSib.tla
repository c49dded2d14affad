---- MODULE LzRecSib ----
EXTENDS Naturals, TLC, FiniteSets
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
g[n \in 0..2] == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
g3[n \in 0..2] == [x \in 0..2 |-> [y \in 0..1 |-> IF y = 0 THEN n ELSE 10 \div (y - y)]]
G3(n) == [x \in 0..2 |-> [y \in 0..1 |-> IF y = 0 THEN n ELSE 10 \div (y - y)]]
Init == v = 0
Next == v' = ([a |-> G(v), b |-> 1 \div v].a[0] + 1) % 3
====
