---- MODULE A3b ----
CONSTANT cc
aa == 1
bb == 2
x1 == [aa |-> cc]
x2 == [bb |-> 5]
====
