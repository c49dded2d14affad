---- MODULE PProp1 ----
\* A PROPERTY conjunct 1 (an implied init): TLC names it by its value.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == PrintT("eq") /\ 1
====
