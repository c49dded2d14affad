---- MODULE CovViol ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Flip == y' = 1 - y /\ UNCHANGED x
Inc == x < 5 /\ x' = x + 1 /\ y' = y
Next == Flip \/ Inc
Inv == x < 3
====
