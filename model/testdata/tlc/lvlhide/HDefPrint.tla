---- MODULE HDefPrint ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
D == Ap(LAMBDA v : TLCGet("level"))
Inv == PrintT(<<x, D>>)
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
