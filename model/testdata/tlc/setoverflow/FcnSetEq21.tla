---- MODULE FcnSetEq21 ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = ([1..21 -> BOOLEAN] = [1..21 -> BOOLEAN])
Next == UNCHANGED x
Inv == x
====
