---- MODULE Settle ----
\* <>[]P passing under fairness. Expected, worked by hand: x = 0, 1, 2, 3
\* (distinct 4, generated 4, depth 4); under WF_x(Next) every behaviour
\* reaches 3 and stays (Next is disabled there, so stuttering is fair):
\* <>[](x = 3) holds. ok.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Settles == <>[](x = 3)
====
