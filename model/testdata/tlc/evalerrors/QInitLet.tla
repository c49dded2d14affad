---- MODULE QInitLet ----
EXTENDS Naturals
VARIABLE x
Init == LET y == x + 1 IN x = 0 /\ y[1] = 0
Next == x' = x
====
