---- MODULE RdOwnInfixLevel ----
EXTENDS RdPlusPrime, Naturals
ASSUME 1 + 2 = 3
Init == x = 0
Next == x' = x
====
