---- MODULE LzNest ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = ((IF v = 2 THEN (CASE v = 0 -> G(v) [] OTHER -> G(1)) ELSE IF v = 1 THEN G(2) ELSE G(v))[0] + 1) % 3
====
