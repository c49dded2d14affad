---- MODULE Redeclared ----
\* A variable and a constant declared twice: SANY's warning only.
EXTENDS Naturals
CONSTANT N, N
VARIABLE x, x
VARIABLE x
Init == x = 0
Next == x' = IF x < N THEN x + 1 ELSE x
====
