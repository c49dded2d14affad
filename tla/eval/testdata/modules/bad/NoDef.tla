---- MODULE NoDef ----
VARIABLE x
---- MODULE Inner ----
A == 1
====
I == INSTANCE Inner
Init == x = I!B
Next == x' = x
====
