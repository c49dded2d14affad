---- MODULE WExcept ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [x EXCEPT ![1] = 2]
====
