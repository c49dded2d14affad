---- MODULE Cmp ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x < "a" THEN 1 ELSE 2
====
