---- MODULE RecDivErr ----
EXTENDS Naturals
VARIABLE x
RECURSIVE Div(_)
Div(n) == IF n = 0 THEN x' = 10 \div n ELSE x' = x \/ Div(n - 1)
Init == x = 0
Next == Div(2)
====
