---- MODULE WMinus ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = TRUE - 1
====
