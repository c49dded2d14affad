---- MODULE ActProp ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
AP == [][x'[1] = 1]_x
====
