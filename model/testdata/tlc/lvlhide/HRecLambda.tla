---- MODULE HRecLambda ----
EXTENDS Naturals, TLC
VARIABLE x
Ap(F(_)) == F(0)
Init == x = 0
Next == x' = x + 1 /\ x < 5
RECURSIVE R(_, _)
R(F(_), n) == IF n = 0 THEN F(0) ELSE R(F, n - 1)
D == R(LAMBDA v : TLCGet("level"), 2) < 3
Inv == D /\ x < 10
====
