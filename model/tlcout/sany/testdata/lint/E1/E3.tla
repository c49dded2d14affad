---- MODULE E3 ----
EXTENDS E4
t3 == [yy |-> 2]
====
