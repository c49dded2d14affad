---- MODULE VPropSum ----
\* A constant PROPERTY equal to 1: refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == 1 + 0
====
