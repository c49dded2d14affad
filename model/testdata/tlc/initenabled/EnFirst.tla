---- MODULE EnFirst ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
En(a) == ENABLED a
Spec == En(Next) /\ Init /\ [][Next]_x
P == <>(x = 3)
====
