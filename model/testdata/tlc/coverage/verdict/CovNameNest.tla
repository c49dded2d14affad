---- MODULE CovNameNest ----
\* CovNameMod with F[1][x + 1], F a constructor whose body is a constructor.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
F == [j \in 1..2 |-> [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + x ELSE 0]]
Next == x < 2 /\ F[1][x + 1] >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
