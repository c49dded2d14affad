---- MODULE DGrid ----
\* A 4 x 3 grid walked from its corner: one initial state, states met
\* by several shortest paths, a deadlock in the far corner.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED y
        \/ y < 2 /\ y' = y + 1 /\ UNCHANGED x
====
