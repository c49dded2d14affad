---- MODULE DotTwo ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
A == x < 2 /\ x' = x + 1 /\ y' = y
B == y < 1 /\ y' = y + 1 /\ x' = x
Next == A \/ B
====
