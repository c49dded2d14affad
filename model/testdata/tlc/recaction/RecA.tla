---- MODULE RecA ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Step(_)
Step(n) == x' = n \/ (n < 3 /\ Step(n+1))
====
