---- MODULE PrLetExpr ----
\* A LET definition used twice inside the expression of x-prime: printed once per evaluation.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (LET a == PrintT("l") IN IF a /\ a THEN (x + 1) % 2 ELSE x)
====
