---- MODULE QConMod ----
\* A CONSTRAINT that fails to evaluate on a successor (x = 2) whose own
\* successor (x = 0) does not fail it: TLC's stack is from the replay of
\* the predecessor's successors, checked against C (3 frames).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
C == x < 2 \/ x[1] = 1
====
