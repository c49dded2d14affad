---- MODULE CexOp ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x
R(a) == PrintT(a)
Prop == <>(R("r") /\ x = 1)
====
