---- MODULE RecSplitIf ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Step(_)
Step(n) == IF n > 3 THEN FALSE ELSE x' = n \/ Step(n+1)
Init == x = 0
Next == Step(1) \/ (x' = 9 /\ x = 1)
Inv == x # 9
====
