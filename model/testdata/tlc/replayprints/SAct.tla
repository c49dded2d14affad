---- MODULE SAct ----
\* An ACTION_CONSTRAINT failing on the second step: the replay prints Next, then the checks.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == PrintT(<<"n", x>>) /\ x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == PrintT(<<"eq", x, x'>>) /\ (x = 0 \/ 1)
====
