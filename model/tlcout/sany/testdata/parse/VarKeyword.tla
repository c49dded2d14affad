---- MODULE VarKeyword ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
VARIABLE IF
Init == x = 0
====
