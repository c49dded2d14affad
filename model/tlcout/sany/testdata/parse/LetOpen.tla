---- MODULE LetOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == LET y == (1 IN x = y
Next == x' = x
====
