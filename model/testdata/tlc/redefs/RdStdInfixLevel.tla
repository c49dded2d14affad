---- MODULE RdStdInfixLevel ----
EXTENDS Naturals, RdPlusPrime
ASSUME 1 + 2 = 3
Init == x = 0
Next == x' = x
====
