---- MODULE VLeads2 ----
EXTENDS Naturals
VARIABLES x, t
Init == x = 0 /\ t = 0
Next == x' = (x + 1) % 3 /\ t' = (t + 1) % 4
Spec == Init /\ [][Next]_<<x, t>> /\ WF_<<x, t>>(Next)
V == x
P == (t = 3) ~> (x = 2)
====
