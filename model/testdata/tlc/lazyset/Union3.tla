---- MODULE Union3 ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = UNION 3
Next == x' = x
Inv == TRUE
====
