---- MODULE SubModuleOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
---- MODULE Inner ----
A == (1
====
Init == x = 0
====
