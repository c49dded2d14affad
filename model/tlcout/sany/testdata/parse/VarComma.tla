---- MODULE VarComma ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
VARIABLE y,
Init == x = 0
====
