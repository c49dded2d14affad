---- MODULE TempQuantUnused ----
\* A temporal quantifier in a definition TLC never evaluates: the spec is
\* checked (it was refused).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < 2 THEN x + 1 ELSE x
Q == \AA y : <>(x = y)
====
