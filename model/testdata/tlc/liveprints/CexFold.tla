---- MODULE CexFold ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(TRUE /\ PrintT("k") /\ x = 9)
====
