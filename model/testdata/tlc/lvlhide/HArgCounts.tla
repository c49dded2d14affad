---- MODULE HArgCounts ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
K(a) == TRUE
Inv == K(x)
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
