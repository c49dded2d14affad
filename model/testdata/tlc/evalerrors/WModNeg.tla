---- MODULE WModNeg ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 7 % (-2)
Next == x' = x
====
