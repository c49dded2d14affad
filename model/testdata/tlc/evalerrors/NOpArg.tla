---- MODULE NOpArg ----
EXTENDS Naturals
VARIABLE x
F(a) == a + 1
Init == x = 0
Next == x' = F(x[1])
====
