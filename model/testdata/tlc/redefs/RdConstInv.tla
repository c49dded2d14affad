---- MODULE RdConstInv ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x
Ok == 1 = 2
Bad == 1 = 1
====
