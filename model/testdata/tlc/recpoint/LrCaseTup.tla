---- MODULE LrCaseTup ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2 |-> IF x = 1 THEN n + 1 ELSE 10 \div (x - x)]
T(n) == IF n = 0 THEN <<G(n), 1>> ELSE <<H(n), 2>>
Init == v = 0
Next == v' = ((CASE v = 0 -> <<G(v)>> [] OTHER -> <<G(1)>>)[1][0] + 1) % 3
====
