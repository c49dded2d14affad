---- MODULE General ----
\* A property that needs a tableau: once x = 2, x = 4 must follow, and x = 0
\* must hold infinitely often.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' \in {1, 2}
        \/ x = 1 /\ x' = 0
        \/ x = 2 /\ x' = 3
        \/ x = 3 /\ x' = 2
        \/ x = 3 /\ x' = 0
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == []<>(x = 0) /\ ((x = 2) ~> (x = 4))
====
