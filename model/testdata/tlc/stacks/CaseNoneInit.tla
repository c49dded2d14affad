---- MODULE CaseNoneInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == CASE FALSE -> x = 1
Next == UNCHANGED x
====
