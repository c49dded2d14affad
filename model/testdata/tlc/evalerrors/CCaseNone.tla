---- MODULE CCaseNone ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = CASE x = 1 -> 2
====
