---- MODULE InstLvParam ----
EXTENDS Naturals
VARIABLE x
I(p) == INSTANCE MV WITH K <- p, v <- x
Init == x = 1
Next == x < 3 /\ I(1)!Next
====
