---- MODULE InstM ----
EXTENDS Naturals
VARIABLE x
Big == x > 2
Val == x
Inc == x' = x + 1
Stay == UNCHANGED x
FairInc == WF_x(Inc)
Doubled == x' = x + 2
Spec == x = 0 /\ [][x' = x + 1]_x
====
