---- MODULE FcnSetEq10 ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = ([1..10 -> BOOLEAN] = [1..10 -> BOOLEAN])
Next == UNCHANGED x
Inv == x
====
