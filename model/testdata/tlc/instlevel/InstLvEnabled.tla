---- MODULE InstLvEnabled ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE MV WITH K <- ENABLED (x' = 1), v <- x
Init == x = 1
Next == x < 3 /\ x' = x + 1
====
