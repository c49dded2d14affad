---- MODULE ExceptDotBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == x = [[a |-> 1] EXCEPT !. = 2]
Next == x' = x
====
