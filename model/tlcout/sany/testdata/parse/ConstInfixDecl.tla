---- MODULE ConstInfixDecl ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
CONSTANT _ 
Init == x = 0
====
