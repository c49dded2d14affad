---- MODULE Below10Fcn ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = [1..2 -> 1..3]
Next == UNCHANGED x
====
