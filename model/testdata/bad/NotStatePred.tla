---- MODULE NotStatePred ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 2
Grows == x' > x
====
