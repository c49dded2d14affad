---- MODULE LrIfTupOut ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2 |-> IF x = 1 THEN n + 1 ELSE 10 \div (x - x)]
T(n) == IF n = 0 THEN <<G(n), 1>> ELSE <<H(n), 2>>
Init == v = 0
Next == v' = ((IF v = 0 THEN <<G(v)>> ELSE <<H(v)>>)[1][5] + 1) % 3
====
