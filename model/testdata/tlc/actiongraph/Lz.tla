---- MODULE Lz ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
A(p, q) == x < 3 /\ x' = x + p
B(p) == FALSE /\ x' = p
C(k) == x' = x
Next == \E p \in {1, 2} : A(p, p + 1) \/ B(p + 5) \/ C(2)
====
