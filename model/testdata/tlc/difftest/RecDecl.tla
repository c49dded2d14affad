---- MODULE RecDecl ----
\* RECURSIVE declarations SANY refuses, in SANY's words and ranges.
EXTENDS Naturals
VARIABLE x
RECURSIVE F(_), G(_,  _), H
F(a, b) == a + b
A == LET RECURSIVE h(_)
     IN 1
Init == x = 0
Next == UNCHANGED x
====
