---- MODULE Mixed ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
P == ([](x = 0) \/ [](x = 1)) /\ <>(x = 3)
====
