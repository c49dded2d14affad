---- MODULE HRecOpParam ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Ap2(F(_)) == Ap(F)
RECURSIVE R(_, _)
R(n, F(_)) == IF n = 0 THEN F(n) ELSE R(n - 1, F)
Inv == R(2, LAMBDA v : TLCGet("level") < 2)
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
