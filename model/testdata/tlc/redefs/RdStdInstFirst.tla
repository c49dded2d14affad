---- MODULE RdStdInstFirst ----
EXTENDS Naturals
INSTANCE RdPlusLeft
VARIABLE x
Init == x = 1 + 2
Next == UNCHANGED x
Inv == x = 1
====
