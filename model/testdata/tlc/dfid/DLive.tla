---- MODULE DLive ----
\* A temporal property, which TLC's depth-first mode refuses.
EXTENDS Naturals
VARIABLES x
Init == x \in 0..2
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Live == <>(x = 2)
====
