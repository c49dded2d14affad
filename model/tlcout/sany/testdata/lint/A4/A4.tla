---- MODULE A4 ----
VARIABLE s
I(p) == INSTANCE A4b WITH c <- p
J == INSTANCE A4b WITH c <- s
LOCAL INSTANCE A4c
t == [I |-> 1, J |-> 2, dd |-> 3, ee |-> 4]
tt == [J |-> "x"]
====
