---- MODULE TwoCycles ----
\* Two bad cycles at different distances from the initial state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' \in {1, 10}
        \/ x \in 1..2 /\ x' = x + 1
        \/ x = 3 /\ x' = 2
        \/ x = 10 /\ x' = 11
        \/ x = 11 /\ x' = 10
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 99)
====
