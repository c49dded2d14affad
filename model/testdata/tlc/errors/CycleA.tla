---- MODULE CycleA ----
EXTENDS Naturals, CycleB
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x' = IF x = Max THEN 0 ELSE x + 1
====
