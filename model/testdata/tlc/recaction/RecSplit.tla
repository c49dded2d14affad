---- MODULE RecSplit ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Step(_)
Step(n) == x' = n \/ (n < 3 /\ Step(n+1))
Init == x = 0
Next == Step(1)
Inv == x # 2
====
