---- MODULE UInitVar ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 /\ x
Next == x' = x
====
