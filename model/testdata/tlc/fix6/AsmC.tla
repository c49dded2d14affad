---- MODULE AsmC ----
EXTENDS TLC, Naturals
VARIABLE x
ASSUME Assert(FALSE, "c1")
ASSUME PrintT("c2")
Init == x = 0
Next == x' = x
====
