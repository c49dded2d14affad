---- MODULE DCons ----
\* A CONSTRAINT bounds the search: successors outside it are generated,
\* checked against the invariant, and not explored.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Next == \/ x' = x + 1 /\ UNCHANGED y
        \/ y' = 1 - y /\ UNCHANGED x
Inv == x < 10
Small == x < 4
====
