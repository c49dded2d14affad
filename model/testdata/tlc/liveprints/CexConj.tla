---- MODULE CexConj ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x
Prop == <>(PrintT("a") /\ x = 1) /\ [](PrintT("b") => <>(x = 0))
====
