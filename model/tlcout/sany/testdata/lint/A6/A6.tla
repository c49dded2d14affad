---- MODULE A6 ----
INSTANCE A4c
t == [ee |-> 1, e6 |-> 2]
====
