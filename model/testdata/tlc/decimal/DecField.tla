---- MODULE DecField ----
EXTENDS Naturals
VARIABLE x
A == 1.5e3
Init == x = A
Next == UNCHANGED x
====
