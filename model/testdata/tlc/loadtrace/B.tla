---- MODULE B ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..2 /\ y = 0
Next == \/ x < 5 /\ x' = x + 1 /\ y' = y
        \/ y < 5 /\ y' = y + 1 /\ x' = x
Inv == x + y < 4
V == x
====
