---- MODULE VHold ----
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == x' = 1 - x /\ t' = (t + 1) % 3
Spec == Init /\ [][Next]_<<x, t>> /\ WF_<<x, t>>(Next)
V == x
P == <>(t = 2)
====
