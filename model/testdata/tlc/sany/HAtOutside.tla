---- MODULE HAtOutside ----
EXTENDS Naturals
VARIABLE x
A == @ + 1
Init == x = 0
Next == x' = x
====
