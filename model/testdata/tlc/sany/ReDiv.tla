---- MODULE ReDiv ----
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = x
A == 1 / 2
====
