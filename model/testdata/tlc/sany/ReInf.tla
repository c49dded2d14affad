---- MODULE ReInf ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x
A == Infinity
====
