---- MODULE Union3Next ----
EXTENDS Naturals, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x = 0
Next == x' = UNION 3
Inv == TRUE
====
