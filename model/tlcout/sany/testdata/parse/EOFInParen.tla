---- MODULE EOFInParen ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == (x = 0
====
