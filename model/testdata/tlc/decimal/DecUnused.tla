---- MODULE DecUnused ----
\* A decimal literal in an operator never used: refused all the same.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
F(a) == a + 01.50
Inv == x < 5
====
