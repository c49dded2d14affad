---- MODULE NDisj ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == (x > 5 \/ x[1] = 0) /\ x' = 1
====
