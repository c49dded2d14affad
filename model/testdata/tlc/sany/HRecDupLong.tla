---- MODULE HRecDupLong ----
EXTENDS Naturals
VARIABLE x
A == [abc |-> 1, abc |-> 2]
Init == x = 0
Next == x' = x
====
