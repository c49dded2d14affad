---- MODULE RecLambdaInit ----
EXTENDS Naturals
VARIABLE x
RECURSIVE A(_, _)
A(F(_), n) == F(n) \/ (n < 3 /\ A(F, n+1))
Init == A(LAMBDA k : x = k, 0)
Next == UNCHANGED x
Inv == x # 2
====
