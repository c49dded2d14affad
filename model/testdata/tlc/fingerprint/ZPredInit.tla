---- MODULE ZPredInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {y \in 3 : TRUE}
Next == x' = x
====
