---- MODULE VStut ----
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == (x < 2 /\ x' = x + 1 /\ t' = t + 2) \/ (x = 2 /\ UNCHANGED x /\ t' = 0)
Spec == Init /\ [][Next]_<<x, t>> /\ WF_<<x, t>>(Next)
V == x
P == <>(t = 4)
====
