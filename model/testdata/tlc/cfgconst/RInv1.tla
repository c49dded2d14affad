---- MODULE RInv1 ----
\* A constant INVARIANT that draws 1 at load: refused with its value.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == RandomElement({1})
====
