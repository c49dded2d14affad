---- MODULE RdOwnExtFirst ----
EXTENDS RdPlusPair, Naturals
VARIABLE x
Init == x = 1 + 2
Next == UNCHANGED x
Inv == x = 3
====
