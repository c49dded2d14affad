---- MODULE LiveCex ----
\* Every property fails on the lasso x = 0, 1, 2, back to 0.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
A == x < 2 /\ x' = x + 1
B == x = 2 /\ x' = 0
Next == A \/ B
Spec == Init /\ [][Next]_x /\ WF_x(Next)
P2 == []<>(PrintT(<<"p2", x>>) /\ x = 5)
P3 == <>[](PrintT(<<"p3", x>>) /\ x = 1)
P5 == []<>(PrintT(<<"a", x>>) /\ x = 9) /\ []<>(PrintT(<<"b", x>>) /\ x = 8)
P6 == []<>(PrintT(<<"p6", x>>) /\ x < 5) /\ <>[](PrintT(<<"p6b", x>>) /\ x = 1)
====
