---- MODULE InstLvConstVar ----
EXTENDS Naturals
VARIABLE x
I == INSTANCE MV WITH K <- x, v <- x
Init == x = 1
Next == x < 3 /\ x' = x + 1
====
