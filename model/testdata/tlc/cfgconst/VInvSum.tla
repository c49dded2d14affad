---- MODULE VInvSum ----
\* A constant INVARIANT equal to 1 (an operator application, evaluated at load): refused.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
Inv == 1 + 0
====
