---- MODULE HVarOnly ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
Inv == Ap(LAMBDA v : PrintT("i") /\ (TRUE \/ x < 0))
====
