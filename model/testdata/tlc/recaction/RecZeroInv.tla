---- MODULE RecZeroInv ----
EXTENDS Naturals
VARIABLE a
RECURSIVE R
R == <<a, R>>
Init == a = 0
Next == a' = a
Inv == R # <<>>
====
