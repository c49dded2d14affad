---- MODULE XExcRec ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = [a |-> 1]
Next == x' = [x EXCEPT !.b = @ + 1]
====
