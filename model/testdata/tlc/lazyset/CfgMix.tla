---- MODULE CfgMix ----
EXTENDS Naturals
CONSTANT m, S
VARIABLE x
Init == x = 0
Next == x' = x
Inv == m \notin S
====
