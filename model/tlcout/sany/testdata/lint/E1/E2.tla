---- MODULE E2 ----
CONSTANT c
r == [zz |-> c]
====
