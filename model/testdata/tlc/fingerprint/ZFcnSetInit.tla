---- MODULE ZFcnSetInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [1..2 -> 3]
Next == x' = x
====
