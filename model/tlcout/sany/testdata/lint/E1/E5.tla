---- MODULE E5 ----
CONSTANT d
yy == 1
s5 == [yy |-> d]
====
