---- MODULE NLet ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == LET y == x[1] IN x' = y
====
