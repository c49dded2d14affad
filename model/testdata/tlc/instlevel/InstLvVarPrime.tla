---- MODULE InstLvVarPrime ----
EXTENDS Naturals
VARIABLE x
INSTANCE MV WITH K <- 1, v <- x'
Init == x = 1
NextL == x < 3 /\ x' = x + 1
====
