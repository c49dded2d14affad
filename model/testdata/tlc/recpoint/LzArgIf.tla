---- MODULE LzArgIf ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Ap(f, a) == f[a]
Next == v' = (Ap(IF v > 5 THEN G(v) ELSE G(1), 0) + 1) % 3
====
