---- MODULE BoxAction ----
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = x
A == [](x' = 1)
B == <>(x' = 1) /\ [](x' = x \/ x = 2)
C == [][x' = 1]_x /\ <><<x' = 1>>_x /\ []<>(x = 1)
====
