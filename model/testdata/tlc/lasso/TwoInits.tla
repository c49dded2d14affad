---- MODULE TwoInits ----
\* Two initial states: the cycle 10 <-> 11 is nearer, but TLC searches
\* from the first initial state, x = 0, first and finds 3 <-> 4.
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 10}
Next == \/ x < 3 /\ x' = x + 1
        \/ x = 3 /\ x' = 4
        \/ x = 4 /\ x' = 3
        \/ x = 10 /\ x' = 11
        \/ x = 11 /\ x' = 10
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 9)
====
