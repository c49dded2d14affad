---- MODULE CovNameArgDef ----
\* CovNameMod with F passed by name to Op(f) == f[x + 1].
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
F == [i \in 1..3 |-> IF PrintT(<<"F", i>>) /\ TLCSet(1, TLCGet(1) + 1) THEN i + x ELSE 0]
Op(f) == f[x + 1]
Next == x < 2 /\ Op(F) >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
