---- MODULE CovNameAsg ----
\* CovNameMod with F applied in the assignment x' = F[x + 1].
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
F == [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + x ELSE 0]
Next == x < 2 /\ x' = F[x + 1]
Init == x = 0
Inv == TLCGet(1) <= 2
====
