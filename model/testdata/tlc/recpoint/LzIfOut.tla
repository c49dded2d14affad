---- MODULE LzIfOut ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = ((IF v > 5 THEN G(v) ELSE G(1))[7] + 1) % 3
====
