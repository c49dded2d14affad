---- MODULE ParamVar ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
F(x) == 1
Init == x = 0
Next == x' = 1 - x
====
