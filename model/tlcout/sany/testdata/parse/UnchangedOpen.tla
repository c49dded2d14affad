---- MODULE UnchangedOpen ----
EXTENDS Naturals, Sequences
CONSTANT Max
VARIABLE x
Next == UNCHANGED <<x
Init == x = 0
====
