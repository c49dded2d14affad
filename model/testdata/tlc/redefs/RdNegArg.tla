---- MODULE RdNegArg ----
EXTENDS Naturals
VARIABLE x
-. a == 100 - a
F(Op(_)) == Op(4)
Init == x = F(-.)
Next == UNCHANGED x
Inv == x = 3
====
