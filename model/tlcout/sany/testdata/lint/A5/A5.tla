---- MODULE A5 ----
EXTENDS Naturals
RECURSIVE Fact(_)
Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n-1)
a == [Fact |-> 1]
b == [a |-> [b2 |-> 1]]
b2 == 3
c == [b2 |-> [a |-> 2]]
LOCAL d == 1
e == [d |-> 1]
F(G(_)) == [e |-> G(1)]
---- MODULE Inner ----
ii == 1
kk == [ii |-> 2, a |-> 3]
====
INSTANCE Inner
j == [ii |-> 1, kk |-> 2]
====
