---- MODULE CmpLeq ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF "a" <= x THEN 1 ELSE 2
====
