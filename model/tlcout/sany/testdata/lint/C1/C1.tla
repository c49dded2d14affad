---- MODULE C1 ----
CONSTANT S
g == 1
h == 2
k == 3
a == [g |-> \E x \in {1} : TRUE]
b == [h |-> {y \in {1} : TRUE}]
c == [k |-> [z \in {1} |-> 0]]
d == [S |-> LET q == 1 IN q]
e == [a |-> LET q2(p) == p IN q2(1)]
f == [b |-> LET q3(p) == 1 IN q3(1)]
m == [c |-> CHOOSE w : TRUE]
n == [d |-> \E <<u, v>> \in {<<1, 2>>} : TRUE]
====
