---- MODULE CexTwo ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x
P1 == <>(PrintT("a") /\ x = 1)
P2 == <>(PrintT("b") /\ x = 2)
====
