---- MODULE A1 ----
EXTENDS Integers, TLC
CONSTANT N
VARIABLE v
f[i \in 1..3] == i
g == 5
h(a, b) == a
k == LET y == 1 IN [g |-> y]
m == [f |-> f[1]]
n == [g |-> N]
o == [g |-> 2, h |-> 3]
p == [v |-> Int]
q == [v |-> {}]
r == [N |-> BOOLEAN]
s == [k |-> h(1, 2)]
t == [k |-> g]
u == \E z \in {1} : [m |-> z] = [m |-> 1]
w == [v EXCEPT !.g = 1]
x == v.g
y == [g : {1}, h : {2}]
z == [m |-> TRUE, n |-> "a"]
ASSUME [g |-> 1] # [N |-> 2]
THEOREM [N |-> 3] = [N |-> 3]
====
