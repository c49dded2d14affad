---- MODULE LeadsTo ----
\* P ~> Q violated: after P, a cycle that never reaches Q.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 3 /\ x' = 1
        \/ x = 2 /\ x' = 5
        \/ x = 5 /\ x' = 0
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == (x = 1) ~> (x = 5)
====
