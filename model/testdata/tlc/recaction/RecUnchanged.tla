---- MODULE RecUnchanged ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Down(_)
Down(n) == IF n = 0 THEN UNCHANGED x ELSE (x' = n /\ x' > 2) \/ Down(n - 1)
Init == x = 0
Next == Down(4)
Inv == x # 4
====
