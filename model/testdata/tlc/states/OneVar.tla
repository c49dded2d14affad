---- MODULE OneVar ----
EXTENDS Naturals
VARIABLE n
Init == n = 0
Next == n < 2 /\ n' = n + 1
Inv == n < 2
====
