---- MODULE Ring ----
\* []<>P and <>[]P on a ring 0 -> 1 -> 2 -> 0. Expected, worked by hand:
\* distinct 3, generated 4 (1 initial + one successor each), depth 3.
\* Ring.cfg (WF_x(Next)): []<>(x = 0) holds, x = 0 recurs.
\* RingSettle.cfg (WF_x(Next)): <>[](x = 0) fails: the fair cycle is the whole
\* ring, trace 0, 1, 2 looping back to state 1.
\* RingNoFair.cfg (no fairness): []<>(x = 0) fails: TLC (rev cc6b616, any -fp)
\* stutters at x = 2, the first its search finishes: 0, 1, 2, back to 3.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
FairSpec == Init /\ [][Next]_x /\ WF_x(Next)
Spec == Init /\ [][Next]_x
Recur == []<>(x = 0)
Settle == <>[](x = 0)
====
