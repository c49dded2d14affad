---- MODULE LetNoIn ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == LET y == 1 y = x
Next == x' = x
====
