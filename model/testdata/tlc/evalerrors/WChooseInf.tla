---- MODULE WChooseInf ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = CHOOSE n \in Nat : n > 5
====
