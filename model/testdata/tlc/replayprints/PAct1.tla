---- MODULE PAct1 ----
\* An ACTION_CONSTRAINT that prints and fails: TLC prints again when it replays the step.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x
P == PrintT("eq") /\ 1
====
