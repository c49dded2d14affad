---- MODULE Counter ----
\* A counter from 0 to Max that wraps around; found on the -lib path.
EXTENDS Naturals
CONSTANT Max
VARIABLE n
LOCAL Step(k) == k + 1
Init == n = 0
Inc == n < Max /\ n' = Step(n)
Reset == n = Max /\ n' = 0
Next == Inc \/ Reset
vars == <<n>>
TypeOK == n \in 0..Max
====
