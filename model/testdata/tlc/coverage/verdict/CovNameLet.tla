---- MODULE CovNameLet ----
\* CovNameMod with F a LET definition of the action, expanded at its use.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
Next == x < 2 /\ LET G == [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + x ELSE 0] IN G[x + 1] >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
