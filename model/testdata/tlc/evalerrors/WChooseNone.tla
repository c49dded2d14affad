---- MODULE WChooseNone ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = CHOOSE y \in {1, 2} : y > 5
====
