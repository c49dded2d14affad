---- MODULE CaseNoneAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 /\ CASE x = 5 -> x' = 1
====
