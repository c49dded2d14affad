---- MODULE G1 ----
EXTENDS Sequences
g == 1
h == 2
k == 3
Ap(F(_), x) == 1
a == Ap(LAMBDA m : [g |-> m], 1)
b == [h |-> Ap(LAMBDA m2 : m2, 1)]
c == [k |-> Ap(LAMBDA m3 : 1, 1)]
====
