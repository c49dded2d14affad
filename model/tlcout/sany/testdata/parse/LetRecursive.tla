---- MODULE LetRecursive ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == LET RECURSIVE IN x = 0
Next == x' = x
====
