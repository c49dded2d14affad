---- MODULE RecOpArg ----
EXTENDS Naturals
VARIABLE x
RECURSIVE A(_, _)
Set(k) == x' = k
A(F(_), n) == F(n) \/ (n < 3 /\ A(F, n+1))
Init == x = 0
Next == A(Set, 1)
Inv == x # 2
====
