---- MODULE GenDead ----
\* Every behaviour deadlocks at x = 3, whichever disjunct is drawn.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ (x' = x + 1 \/ (x = 0 /\ x' = 2))
====
