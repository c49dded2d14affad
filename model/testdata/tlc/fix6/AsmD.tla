---- MODULE AsmD ----
EXTENDS TLC, Naturals
VARIABLE x
ASSUME 1 = 2
ASSUME PrintT("d2")
ASSUME 3 = 4
Init == x = 0
Next == x' = x
====
