---- MODULE WDisjE ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = (FALSE \/ x)
====
