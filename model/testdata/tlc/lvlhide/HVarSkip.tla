---- MODULE HVarSkip ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
D == Ap(LAMBDA v : IF TLCGet("level") < 2 THEN TRUE ELSE x < 0)
Inv == D
====
