---- MODULE LrRecSib0 ----
EXTENDS Naturals, Sequences, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2 |-> IF x = 1 THEN n ELSE 10 \div (x - x)]
Ap(h) == h[0]
ApR(r) == r.a[0]
R(n) == [a |-> G(n), b |-> 1]

Init == v = 0
Next == v' = (LET r == [b |-> 1 \div 0, a |-> G(v)] IN r.a[0] + 1) % 3
====
