---- MODULE ParenAtEnd ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Helper == (x + 1
====
