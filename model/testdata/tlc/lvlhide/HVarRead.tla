---- MODULE HVarRead ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
D == Ap(LAMBDA v : IF TLCGet("level") < 2 THEN x < 0 ELSE TRUE)
Inv == D
====
