---- MODULE CexForall ----
EXTENDS TLC, Naturals
CONSTANT Z
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Over == PrintT("o")
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == \A i \in {1, 2} : <>(PrintT(i) /\ x = i + 5)
====
