---- MODULE SimPropInit ----
\* A PROPERTY that is a state predicate, false in one of the initial
\* states: TLC's simulator does not check it (only the model checker checks
\* such a conjunct, in the initial states).
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 3}
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x
Small == x < 2
====
