---- MODULE DInitProp ----
\* A PROPERTY that is a state predicate, false in an initial state.
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 1}
Next == x' = x
Spec == Init /\ [][Next]_x
Zero == x = 0
====
