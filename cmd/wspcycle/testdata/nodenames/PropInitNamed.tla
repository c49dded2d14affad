---- MODULE PropInitNamed ----
\* A PROPERTY that is a state predicate as a whole: TLC warns (2255) and
\* says "Property Prop is violated by the initial state:" with the state,
\* no trace, no statistics (exit 13).
EXTENDS Naturals
VARIABLE x
Spec == x = 0 /\ [][x' = x + 1]_x
Prop == x = 1
====
