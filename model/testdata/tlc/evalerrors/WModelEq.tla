---- MODULE WModelEq ----
EXTENDS Naturals
CONSTANT M
VARIABLE x
Init == x = 0
Next == x' = x /\ M = 1
====
