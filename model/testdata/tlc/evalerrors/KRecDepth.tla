---- MODULE KRecDepth ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
RECURSIVE F(_)
F(n) == IF n < 0 THEN 0 ELSE F(n + 1)
Init == x = 0
Next == x < 1 /\ x' = F(0)
====
