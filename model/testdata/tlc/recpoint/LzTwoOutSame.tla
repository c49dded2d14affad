---- MODULE LzTwoOutSame ----
EXTENDS Naturals, TLC
VARIABLE v
H(n) == [x \in 0..2, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H2(n) == [x, y \in 0..1 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
K(n) == [x \in 0..1, y \in {"a", "b"} |-> x + n]
Init == v = 0
Next == v' = (H2(v)[0, 7] + 1) % 3
====
