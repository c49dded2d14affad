---- MODULE OpArg ----
EXTENDS Naturals
VARIABLES x
Init == x = 0
Ap(F(_), k) == x' = F(k) % 5
Inc(n) == n + 1
Next == \E k \in {1, 2} : Ap(Inc, k)
====
