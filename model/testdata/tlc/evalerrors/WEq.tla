---- MODULE WEq ----
EXTENDS Naturals, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x = "a" /\ x' = x
====
