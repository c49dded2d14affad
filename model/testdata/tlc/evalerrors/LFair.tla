---- MODULE LFair ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
A == x > 0 /\ x' = x[1]
Spec == Init /\ [][Next]_x /\ WF_x(A)
P == <>(x = 2)
====
