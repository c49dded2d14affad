---- MODULE NextFcnOver ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = [1..2 -> 1..4]
====
