---- MODULE Implies ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 5
Spec == Init /\ [][Next]_x
P == <>(x = 1) => [](x < 2)
====
