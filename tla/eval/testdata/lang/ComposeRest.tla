---- MODULE ComposeRest ----
\* The conjuncts after A \cdot B constrain both of TLC's passes: the
\* steps of A (where x' is 1..3) and those of B.
EXTENDS Integers, TLC
VARIABLE x, y
Init == x = 0 /\ y = 0
A == x < 4 /\ x' \in {x + 1, x + 2, x + 3} /\ y' = y
B == x > 1 /\ x' = x * 10 /\ y' = y + x
Next == (A \cdot B) /\ x' >= 10
====
