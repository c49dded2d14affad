---- MODULE DoublePrime ----
EXTENDS Naturals
CONSTANT Max
VARIABLE x
Init == x = 0
Next == x'' = 1
====
