---- MODULE RecDeep ----
\* A recursive operator that never reaches a base case.
EXTENDS Naturals
RECURSIVE Down(_)
Down(n) == IF n = 0 THEN 0 ELSE Down(n + 1)
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Down(x + 1) = 0
====
