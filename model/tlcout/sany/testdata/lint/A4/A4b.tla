---- MODULE A4b ----
CONSTANT c
dd == c
r == [c |-> 1, dd |-> 2]
====
