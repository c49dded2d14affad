---- MODULE CovNameErr ----
\* The body fails at 3, a point never applied: no evaluation error, a deadlock, as TLC.
EXTENDS Naturals, TLC
VARIABLE x
ASSUME TLCSet(1, 0)
F == [i \in 1..3 |-> IF i = 3 THEN 1 \div 0 ELSE i + x]
Next == x < 2 /\ F[x + 1] >= 0 /\ x' = x + 1
Init == x = 0
Inv == TLCGet(1) <= 2
====
