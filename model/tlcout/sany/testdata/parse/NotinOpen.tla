---- MODULE NotinOpen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x \notin (1..2
Next == x' = x
====
