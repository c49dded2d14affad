---- MODULE ConstOpDecl ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
CONSTANT F(_, 
Init == x = 0
====
