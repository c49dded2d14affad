---- MODULE NNextOr ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x' = 1
B == x > 0 /\ x' = 2
C == x' = x[1]
Next == A \/ B \/ C
====
