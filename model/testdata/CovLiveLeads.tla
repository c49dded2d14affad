---- MODULE CovLiveLeads ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc == x < 3 /\ x' = x + 1 /\ y' = y
Flip == y' = 1 - y /\ x' = x
Next == Inc \/ Flip
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Inc)
Reach == (y = 1) ~> (x = 3)
Settle == <>[](x = 3)
Hop == [](x = 1 => <>(y = 1 \/ x = 2))
====
