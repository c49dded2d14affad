---- MODULE StrongFair ----
\* SF_x(Go) rules out the cycles through the states where Go is enabled;
\* the counterexample is the cycle that avoids them.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Go == x = 1 /\ x' = 9
Walk == \/ x = 0 /\ x' \in {1, 4}
        \/ x = 1 /\ x' = 2
        \/ x = 2 /\ x' = 1
        \/ x = 4 /\ x' = 5
        \/ x = 5 /\ x' = 4
        \/ x = 9 /\ x' = 9
Spec == Init /\ [][Go \/ Walk]_x /\ WF_x(Walk) /\ SF_x(Go)
Prop == <>(x = 9)
====
