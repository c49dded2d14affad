---- MODULE RecursiveEmpty ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
RECURSIVE
Init == x = 0
====
