---- MODULE HLambda ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
Inv == Ap(LAMBDA v : TLCGet("level") < 2)
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
