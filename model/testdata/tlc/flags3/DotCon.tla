---- MODULE DotCon ----
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
A == x' = x + 1 /\ y' = y
B == y' = y + 1 /\ x' = x
Next == A \/ B
Con == x + y < 2
Con2 == x < 5
====
