---- MODULE RecLambda ----
EXTENDS Naturals
VARIABLE x
RECURSIVE A(_, _)
A(F(_), n) == F(n) \/ (n < 3 /\ A(F, n+1))
Init == x = 0
Next == A(LAMBDA k : x' = k, 1)
Inv == x # 2
====
