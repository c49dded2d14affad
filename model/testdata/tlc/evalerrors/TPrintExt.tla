---- MODULE TPrintExt ----
EXTENDS Naturals, TPrintLib
VARIABLE x
C == P("viaop")
Init == x = 0
Next == x' = x
====
