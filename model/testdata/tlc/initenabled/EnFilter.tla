---- MODULE EnFilter ----
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 3}
Next == x < 3 /\ x' = x + 1
En(a) == ENABLED a
Spec == Init /\ [][Next]_x /\ En(Next)
P == <>(x = 3)
====
