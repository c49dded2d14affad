---- MODULE CovInit2 ----
EXTENDS Naturals
VARIABLE x
A == x \in {1, 2}
B == x > 0
Next == x < 3 /\ x' = x + 1
Spec == A /\ B /\ [][Next]_x
\* A and B are two initial predicates: A completes the states, B (a filter) shows 0:0.
====
