---- MODULE Stutter ----
\* <>P fails by stuttering when nothing forces a step. Expected, worked by
\* hand: states x = 0, 1, 2 (distinct 3; generated 3 = 1 initial + one
\* successor of 0 and of 1; depth 3). Stutter.cfg (no fairness): TLC's lasso
\* (rev cc6b616, any -fp) is 0, 1, stuttering at x = 1 (back to state 2), the
\* first its depth-first search finishes. StutterFair.cfg (WF_x(Next)):
\* Next stays enabled until x = 2, so it is taken: ok.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Spec == Init /\ [][Next]_x
FairSpec == Init /\ [][Next]_x /\ WF_x(Next)
Reach == <>(x = 2)
====
