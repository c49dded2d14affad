---- MODULE RecSplitLoop ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Loop(_)
Loop(n) == x' = n \/ Loop(n+1)
Init == x = 0
Next == Loop(0)
Inv == x # 2
====
