---- MODULE Below10FcnOver ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = [1..2 -> 1..4]
Next == UNCHANGED x
====
