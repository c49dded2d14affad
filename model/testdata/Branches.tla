---- MODULE Branches ----
\* The temporal properties of TestLiveBranches: each PROPERTIES set gives
\* TLC's number of branches of its implied-temporal satisfiability problem.
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x' = (x + 1) % 3
C == x' = 0
Next == A \/ C
Spec == Init /\ [][Next]_x /\ WF_x(A)
P1 == [](x < 5)
P2 == <>(x = 2)
P3 == (x = 1) ~> (x = 2)
P4 == []<>(x = 0)
P5 == <>[](x < 5)
P6 == Init /\ [][Next]_x /\ WF_x(A) /\ WF_x(C)
P7 == []<><<A>>_x
====
