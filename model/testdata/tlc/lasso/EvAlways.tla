---- MODULE EvAlways ----
\* <>[]P violated by a cycle that keeps returning to a ~P state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>[](x # 2)
====
