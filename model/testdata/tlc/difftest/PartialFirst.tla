---- MODULE PartialFirst ----
\* The first successor of the initial state leaves y unspecified: TLC
\* reports the depth of the last state it wrote, 1 (the initial state's).
EXTENDS Naturals
VARIABLE x, y
Init == x = 0 /\ y = 0
Next == x < 2 /\ x' = x + 1
====
