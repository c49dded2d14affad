---- MODULE Named ----
\* TLC names an action by the innermost definition on its path: both
\* disjuncts of MyNext apply no operator of their own, so both are "MyNext"
\* actions (in traces and in the coverage report, where each also shows its
\* own range after the definition's head).
EXTENDS Naturals
VARIABLE x
Init == x = 0
MyNext == \/ x' = (x + 1) % 5
          \/ x' = (x + 2) % 5
Spec == Init /\ [][MyNext]_x
Inv == x # 3
====
