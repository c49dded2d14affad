---- MODULE ExceptBangBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = [[a |-> 1] EXCEPT a = 2]
Next == x' = x
====
