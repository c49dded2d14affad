---- MODULE LevelArgEq ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = IF x = 7 THEN 0 ELSE <>(x = 1)
====
