---- MODULE B1 ----
EXTENDS Integers, TLC, Bags
g == 1
a == [g |-> 1]
b(p) == [g |-> p]
c == [g |-> 1, Nat |-> 2]
d == [Nat |-> JavaTime]
e == [Nat |-> EmptyBag, g |-> 0]
THEOREM T == [T |-> 1] = [T |-> 1]
ASSUME A == [A |-> 1] # [c |-> 2]
u ++ v == [g |-> u, c |-> v]
x == [c |-> 1 ++ 2]
y == [c |-> Int, d |-> 1]
z == [Print |-> TRUE, ToString |-> "a"]
====
