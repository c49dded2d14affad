---- MODULE RecInitSet ----
EXTENDS Naturals
VARIABLES x, y
RECURSIVE Assign(_)
Assign(S) == IF S = {} THEN TRUE ELSE \E v \in S : x' = v /\ Assign({})
RECURSIVE InitR(_)
InitR(n) == IF n = 0 THEN x = 0 /\ y \in 0..1 ELSE InitR(n-1)
Init == InitR(2)
Next == (Assign({1,2,3}) /\ y' = 1 - y) \/ (x' = x /\ Assign({}) /\ y' = y)
====
