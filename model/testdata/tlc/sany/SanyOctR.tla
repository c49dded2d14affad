---- MODULE SanyOctR ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x
A == \o17.5
====
