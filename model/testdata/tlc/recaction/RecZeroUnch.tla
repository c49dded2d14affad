---- MODULE RecZeroUnch ----
EXTENDS Naturals
VARIABLE a
RECURSIVE R
R == <<a, R>>
Init == a = 0
Next == UNCHANGED R
====
