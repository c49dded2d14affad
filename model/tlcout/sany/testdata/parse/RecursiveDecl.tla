---- MODULE RecursiveDecl ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
RECURSIVE F(_, 
Init == x = 0
====
