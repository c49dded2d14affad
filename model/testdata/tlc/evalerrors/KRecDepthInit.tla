---- MODULE KRecDepthInit ----
EXTENDS Naturals, TLC
VARIABLE x
RECURSIVE F(_)
F(n) == IF n < 0 THEN 0 ELSE F(n + 1)
Init == x = F(0)
Next == x' = x
====
