---- MODULE SProp ----
\* An action property failing on a step: the replay prints Next, then the property.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == PrintT(<<"n", x>>) /\ x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == [][PrintT(<<"eq", x>>) /\ (x < 1 \/ 1)]_x
====
