---- MODULE RecSplitNested ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Loop(_)
Loop(n) == x' = n \/ (n < 5 /\ Loop(n+1)) \/ (n = 0 /\ x' = 7)
Init == x = 0
Next == Loop(0)
Inv == x # 7
====
