---- MODULE RConF ----
\* A constant CONSTRAINT that draws FALSE at load: refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
C == RandomElement({FALSE})
====
