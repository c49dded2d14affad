---- MODULE ArgsComma ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Op(a, ) == a
Init == x = 0
====
