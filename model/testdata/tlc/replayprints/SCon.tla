---- MODULE SCon ----
\* A CONSTRAINT failing on a successor: the replay prints Next, then the constraint.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == PrintT(<<"n", x>>) /\ x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == PrintT(<<"eq", x>>) /\ (x < 2 \/ 1)
====
