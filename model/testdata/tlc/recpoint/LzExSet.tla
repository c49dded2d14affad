---- MODULE LzExSet ----
EXTENDS Naturals, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
G3(n) == [x \in 0..2 |-> [y \in 0..1 |-> IF y = 0 THEN n ELSE 10 \div (y - y)]]
Init == v = 0
Next == \E h \in {G(v)} : v' = h[0]
====
