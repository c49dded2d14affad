---- MODULE ArgsOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Op(a, b == a + b
Init == x = 0
====
