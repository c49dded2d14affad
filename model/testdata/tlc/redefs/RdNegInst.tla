---- MODULE RdNegInst ----
INSTANCE Naturals
VARIABLE x
-. a == 100 - a
Init == x = -3
Next == UNCHANGED x
Inv == x = 3
====
