---- MODULE NoBody ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init ==
Next == x' = x + 1
====
