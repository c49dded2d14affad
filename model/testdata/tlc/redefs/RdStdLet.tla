---- MODULE RdStdLet ----
EXTENDS Naturals
VARIABLE x
Init == x = LET a + b == a * b IN 2 + 5
Next == UNCHANGED x
Inv == x = 7
====
