---- MODULE DInitInvErr ----
\* The invariant cannot be evaluated on the initial state x = 0: TLC's replay
\* checks only the states it has not added, and exits with 0.
EXTENDS Naturals
VARIABLES x
Init == x \in {1, 0}
Next == x' = x
Inv == 1 \div x > 0
====
