---- MODULE L ----
VARIABLE x
Init == x = [x |-> 1]
Next == UNCHANGED x
====
