---- MODULE CaseNoneInitAssigned ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ CASE x = 5 -> x = 1
Next == UNCHANGED x
====
