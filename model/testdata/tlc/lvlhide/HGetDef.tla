---- MODULE HGetDef ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
G == TLCGet("level")
D == Ap(LAMBDA v : G < 2)
Inv == D /\ x < 10
====
