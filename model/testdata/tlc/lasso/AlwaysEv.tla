---- MODULE AlwaysEv ----
\* []<>P violated: two cycles without P, one behind a P state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == \/ x = 0 /\ x' \in {1, 3}
        \/ x = 1 /\ x' = 2
        \/ x = 2 /\ x' = 1
        \/ x = 3 /\ x' = 4
        \/ x = 4 /\ x' = 5
        \/ x = 5 /\ x' = 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == []<>(x = 3)
====
