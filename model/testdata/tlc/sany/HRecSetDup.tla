---- MODULE HRecSetDup ----
EXTENDS Naturals
VARIABLE x
A == [a : {1}, a : {2}]
Init == x = 0
Next == x' = x
====
