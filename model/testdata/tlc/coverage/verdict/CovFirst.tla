---- MODULE CovFirst ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in {0, 1} /\ y = 0
Next == \/ x < 5 /\ x' = x + 1 /\ y' = y
        \/ y' = y + 1 /\ x' = x
Inv == y < 1
====
