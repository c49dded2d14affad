---- MODULE SimUnbounded ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 100 /\ \/ x' = x + 1
                   \/ x' = x + 2
Inv == x < 7
====
