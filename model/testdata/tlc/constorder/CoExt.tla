---- MODULE CoExt ----
EXTENDS CoBase, Naturals
CONSTANTS Alpha, MaxTerm
VARIABLE x
Init == x = 0
Next == x' = x
====
