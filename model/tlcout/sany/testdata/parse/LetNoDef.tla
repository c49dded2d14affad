---- MODULE LetNoDef ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == LET IN x = 0
Next == x' = x
====
