---- MODULE ArgDeclBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
F(x, G(_, 1)) == x
Init == x = 0
====
