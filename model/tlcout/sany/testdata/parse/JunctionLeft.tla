---- MODULE JunctionLeft ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == /\ x = 0
        /\ x =
   1
Next == x' = x
====
