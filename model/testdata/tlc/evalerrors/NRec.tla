---- MODULE NRec ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Sum(_)
Sum(n) == IF n = 0 THEN n[1] ELSE n + Sum(n - 1)
Init == x = 0
Next == x' = Sum(2)
====
