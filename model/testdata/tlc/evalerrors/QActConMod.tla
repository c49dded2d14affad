---- MODULE QActConMod ----
\* An ACTION_CONSTRAINT that fails to evaluate on a step to x = 2 whose
\* next step does not fail it: the stack is from the replay of the step.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
C == x' < 2 \/ x'[1] = 1
====
