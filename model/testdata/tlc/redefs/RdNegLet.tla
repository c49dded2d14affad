---- MODULE RdNegLet ----
EXTENDS Naturals
VARIABLE x
Init == x = LET -. a == 100 - a IN -3
Next == UNCHANGED x
Inv == x = 3
====
