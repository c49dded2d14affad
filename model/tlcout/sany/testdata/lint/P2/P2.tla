---- MODULE P2 ----
EXTENDS Q
I == INSTANCE Q
INSTANCE Q2
a == [qq |-> 1, lq |-> 2, I |-> 3, q2 |-> 4, rq |-> 5]
b == [qq |-> 7, zz |-> 8]
====
