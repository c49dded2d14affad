---- MODULE CovInstNest ----
\* A definition reached through nested instances (C!B!A!Safe): TLC's walk
\* meets the substitutions of each instance under the reference, the
\* outermost first (C's, B's, then A's), not at the top of the tree.
EXTENDS Naturals
VARIABLE w
C == INSTANCE CovInstNestC WITH z <- w * 1
Init == w = 0
Next == w < 3 /\ w' = w + 1
Inv == C!B!A!Safe /\ C!B!Low
====
