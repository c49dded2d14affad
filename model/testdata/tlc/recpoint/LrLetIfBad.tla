---- MODULE LrLetIfBad ----
EXTENDS Naturals, Sequences, TLC
VARIABLE v
G(n) == [x \in 0..2 |-> IF x = 0 THEN n ELSE 10 \div (x - x)]
H(n) == [x \in 0..2 |-> IF x = 1 THEN n ELSE 10 \div (x - x)]
Ap(h) == h[0]
ApR(r) == r.a[0]
R(n) == [a |-> G(n), b |-> 1]

Init == v = 0
Next == v' = ((LET c == v IN IF c THEN G(v) ELSE G(1))[0] + 1) % 3
====
