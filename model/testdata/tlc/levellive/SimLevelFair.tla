---- MODULE SimLevelFair ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Inc == x < 3 /\ x' = x + 1
Stay == UNCHANGED x
Next == Inc \/ Stay
Spec == Init /\ [][Next]_x /\ WF_x(TLCGet("level") > 5 /\ Inc)
Reach == <>(x = 3)
====
