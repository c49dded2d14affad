---- MODULE RLDead ----
EXTENDS Naturals
VARIABLES x, y
Init == x \in 0..2 /\ y = 0
A == x < 4 /\ x' = x + 1 /\ y' = y
B == y < 2 /\ y' = y + 1 /\ x' = x
C == x = 4 /\ y = 1 /\ x' = 0 /\ y' = 0
Next == A \/ B \/ C
V == x
====
