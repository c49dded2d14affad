---- MODULE CexSF ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x /\ SF_x(Next)
Prop == <>(Z /\ x = 9) /\ <>(Z /\ x = 1)
====
