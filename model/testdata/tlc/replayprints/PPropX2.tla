---- MODULE PPropX2 ----
\* A PROPERTY x + 1: not a boolean, named by its range.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == PrintT(<<"n", x>>) /\ x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == x + 1
====
