---- MODULE VInvSet ----
\* A constant INVARIANT equal to {1}: refused with its value.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == {1}
====
