---- MODULE PrLetGenExpr ----
\* A LET the generator meets (at the top of Next), its definition used twice inside x-prime = ...: printed at each use.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == LET a == PrintT(x) IN x' = IF a /\ a THEN (x + 1) % 2 ELSE 0
====
