---- MODULE NBDef2 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0
A(y) == {y'}
Next == x' = 1 /\ A(x)
====
