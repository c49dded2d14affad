---- MODULE CovLive ----
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 1}
Up == x < 3 /\ x' = x + 1
Wrap == x = 3 /\ x' = 1
Next == Up \/ Wrap
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 0)
====
