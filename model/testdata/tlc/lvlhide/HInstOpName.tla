---- MODULE HInstOpName ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
G(v) == TLCGet("level") < 2
M == INSTANCE HMod WITH Op <- G, c <- 0
Inv == M!Val
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
