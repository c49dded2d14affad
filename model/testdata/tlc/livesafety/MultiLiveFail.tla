---- MODULE MultiLiveFail ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Live == <>(x = 3)
Safe == [](x < 2) \/ [](x # 0)
====
