---- MODULE HVarPrint ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
D == Ap(LAMBDA v : PrintT("d") /\ (TRUE \/ x < 0)) /\ Ap(LAMBDA v : TLCGet("level") < 3)
Inv == D /\ x < 10
====
