---- MODULE SanyOctLib ----
EXTENDS Integers, LibOct
VARIABLE x
Init == x = 0
Next == x' = x
====
