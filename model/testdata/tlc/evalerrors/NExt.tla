---- MODULE NExt ----
EXTENDS NLib
VARIABLE x
Init == x = 0
Next == x' = H(x)
====
