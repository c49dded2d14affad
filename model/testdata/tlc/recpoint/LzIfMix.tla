---- MODULE LzIfMix ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
Init == v = 0
f == [x \in 0..2 |-> x]
Next == v' = ((IF v = 1 THEN f ELSE G(1))[0] + v + 1) % 3
====
