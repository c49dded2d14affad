---- MODULE DotLoop ----
EXTENDS Naturals
VARIABLES x
Init == x \in {0, 1}
A == x < 2 /\ x' = x + 1
B == x' = x
C == x = 2 /\ x' = 0
Next == A \/ B \/ C
====
