---- MODULE LiveBox ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x \in {0, 1}
A == PrintT(<<"A", x>>) /\ ((x < 3 /\ x' = x + 1) \/ (x = 3 /\ x' = 0))
Spec == Init /\ [][A]_x /\ WF_x(A)
Inv == PrintT(<<"I", x>>) /\ x < 5
Safe == [](PrintT(<<"S", x>>) /\ x < 5)
Ends == <>(PrintT(x >= 0) /\ x = 3)
====
