---- MODULE LrIfTup ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2 |-> IF x = 0 THEN n + 1 ELSE 10 \div (x - x)]
Init == v = 0
Next == v' = ((IF v = 0 THEN <<G(v)>> ELSE <<H(v)>>)[1][0] + 1) % 3
====
