---- MODULE RecSection ----
EXTENDS Naturals
VARIABLE x
RECURSIVE F(_), G(_)
VARIABLES y, z
CONSTANT K
F(n) == IF n = 0 THEN 0 ELSE F(n - 1)
ASSUME K = K
THEOREM TRUE
AXIOM 1 = 1
LEMMA 2 = 2
M == INSTANCE Naturals
f[n \in Nat] == n
G(n) == n
VARIABLE w
Init == x = 0
Next == x' = x
====
