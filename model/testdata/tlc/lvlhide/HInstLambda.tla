---- MODULE HInstLambda ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
M == INSTANCE HMod WITH Op <- LAMBDA v : TLCGet("level") < 2, c <- 0
Inv == M!Val
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
