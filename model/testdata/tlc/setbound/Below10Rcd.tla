---- MODULE Below10Rcd ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = [a : 1..3, b : 1..3]
Next == UNCHANGED x
====
