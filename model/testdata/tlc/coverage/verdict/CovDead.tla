---- MODULE CovDead ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Up == x < 3 /\ x' = x + 1 /\ UNCHANGED y
Side == y = 0 /\ x > 0 /\ y' = 1 /\ x' = x
Next == Up \/ Side
====
