---- MODULE CaseNoneNext ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == CASE x = 1 -> x' = 1
====
