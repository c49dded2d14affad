---- MODULE LeadsInit ----
\* (x = 1) ~> (x = 0) without fairness: from the second initial state,
\* x = 1, to x = 7, where nothing is enabled, then stuttering.
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == \/ x < 6 /\ x' = x + 2
        \/ x = 6 /\ x' = 3
Spec == Init /\ [][Next]_x
Prop == (x = 1) ~> (x = 0)
====
