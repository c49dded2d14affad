---- MODULE LzIfG3Out ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
G3(n) == [x \in 0..2 |-> [y \in 0..1 |-> IF y = 0 THEN n ELSE 10 \div (y - y)]]
Init == v = 0
Next == v' = ((IF v > 5 THEN G3(v) ELSE G3(1))[0][5] + 1) % 3
====
