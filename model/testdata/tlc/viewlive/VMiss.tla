---- MODULE VMiss ----
EXTENDS Naturals
VARIABLES x, t
Init == \/ x = 0 /\ t = 0
        \/ x = 1 /\ t = 1
Next == x' = 1 - x /\ t' = IF x = 0 THEN 2 ELSE 0
Spec == Init /\ [][Next]_<<x, t>> /\ WF_<<x, t>>(Next)
V == x
P == <>(t = 1)
====
