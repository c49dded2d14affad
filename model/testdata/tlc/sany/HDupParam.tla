---- MODULE HDupParam ----
EXTENDS Naturals
VARIABLE x
F(a, a) == a
Init == x = 0
Next == x' = x
====
