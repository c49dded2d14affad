---- MODULE CovInitCons ----
\* An initial state outside the CONSTRAINT counts as distinct in TLC's
\* coverage of Init (DoInitFunctor: seen is false for a state not in the
\* model), each time it is generated: 10 of 10, of which 6 are kept; a
\* successor outside it does not (Next: 0 distinct). LearnProofs'
\* MCFindHighest: 781 of 781, 156 kept.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..4 /\ y \in {0, 1}
Next == /\ x' = (x + 1) % 6
        /\ y' = y
Cons == x < 3
====
