---- MODULE InstLvLambda ----
EXTENDS Naturals
VARIABLE y
I == INSTANCE M WITH Step <- LAMBDA v : y' = v + 1
Init == y = 0
Next == I!Next
====
