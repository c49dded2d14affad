---- MODULE RPropF ----
\* A constant PROPERTY that draws FALSE at load: refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == RandomElement({FALSE})
====
