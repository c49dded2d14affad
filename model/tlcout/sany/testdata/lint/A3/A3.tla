---- MODULE A3 ----
EXTENDS A3b
VARIABLE s
z == [aa |-> 1]
zz == [bb |-> 2]
====
