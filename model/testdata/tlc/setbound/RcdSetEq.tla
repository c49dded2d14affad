---- MODULE RcdSetEq ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = ([a : 1..30, b : 1..30] = [b : 1..30, a : 1..30])
Next == UNCHANGED x
Inv == x
====
