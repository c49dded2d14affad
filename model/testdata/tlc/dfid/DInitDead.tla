---- MODULE DInitDead ----
\* Two initial states, the second one deadlocked: TLC's trace repeats it
\* when the other one was searched first in the iteration.
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 7}
Next == x < 3 /\ x' = x + 1
====
