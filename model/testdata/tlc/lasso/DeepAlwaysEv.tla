---- MODULE DeepAlwaysEv ----
\* []<>(x = 0) with two cycles avoiding x = 0, 1 <-> 5 and, behind it,
\* 3 <-> 4: TLC's search finishes 3 <-> 4 first.
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
Prop == []<>(x = 0)
====
