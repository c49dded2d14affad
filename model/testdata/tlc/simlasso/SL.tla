---- MODULE SL ----
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == x' = (x + 1) % 4 /\ UNCHANGED y
B == y' = 1 - y /\ UNCHANGED x
R == x > 1 /\ x' = 0 /\ UNCHANGED y
Next == A \/ B \/ R
Spec == Init /\ [][Next]_vars
SpecW == Init /\ [][Next]_vars /\ WF_vars(Next)
SpecA == Init /\ [][Next]_vars /\ WF_vars(A)
SpecB == Init /\ [][Next]_vars /\ WF_vars(B) /\ SF_vars(R)
LeadsX == (x = 1) ~> (x = 3)
LeadsY == (y = 1) ~> (x = 2 /\ y = 0)
AE == []<>(x = 3)
EA == <>[](y = 0)
Ev == <>(x = 3 /\ y = 1)
Mix == []((x = 2) => <>(y = 1))
Both == []<>(x = 0) /\ <>[](x # 2)
====
