---- MODULE InvSame ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 1 /\ x' = 7
Spec == Init /\ [][Next]_x
P == [](x = 0) \/ [](x = 1)
Inv == x # 7
====
