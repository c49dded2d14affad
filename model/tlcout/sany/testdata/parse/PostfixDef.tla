---- MODULE PostfixDef ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
a ^+ == (a
Init == x = 0
====
