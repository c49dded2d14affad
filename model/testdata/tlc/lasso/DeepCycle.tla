---- MODULE DeepCycle ----
\* Two bad cycles, 1 <-> 5 near the initial state and 3 <-> 4 behind it:
\* TLC's search finishes the deeper one first (1 is still on its stack).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' = 1
        \/ x = 1 /\ x' \in {2, 5}
        \/ x = 5 /\ x' = 1
        \/ x = 2 /\ x' = 3
        \/ x = 3 /\ x' = 4
        \/ x = 4 /\ x' = 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(x = 9)
====
