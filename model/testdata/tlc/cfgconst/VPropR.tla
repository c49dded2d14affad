---- MODULE VPropR ----
\* A constant PROPERTY that draws 1 at load: refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == RandomElement({1})
====
