---- MODULE SimProp ----
EXTENDS Integers
VARIABLES x
Init == x \in {0, 5}
Next == \/ x' = x + 1
        \/ x' = x - 1
        \/ x > 3 /\ x' = x - 4
Spec == Init /\ [][Next]_x
NoDrop == [][x' >= x - 1]_x
====
