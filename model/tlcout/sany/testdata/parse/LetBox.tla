---- MODULE LetBox ----
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x
A == LET B == x' = 1 IN []B
C == LET D(v) == v' = 1 IN <>D(x)
====
