---- MODULE WPrintNext ----
EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
Next == PrintT("hi") /\ x' = x[1]
====
