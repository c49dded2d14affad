---- MODULE TupleBoundBad ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Init == \A <<a, b> \in {} : TRUE
Next == x' = x
====
