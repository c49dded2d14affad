---- MODULE DPartial ----
\* A successor that leaves y unspecified, at x = 2.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 2 /\ x' = x + 1 /\ y' = y
        \/ x = 2 /\ x' = 3
====
