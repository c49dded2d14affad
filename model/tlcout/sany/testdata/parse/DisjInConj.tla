---- MODULE DisjInConj ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == /\ x = 0
        /\ \/ x = 1
           \/ x =
        /\ x = 2
Next == x' = x
====
