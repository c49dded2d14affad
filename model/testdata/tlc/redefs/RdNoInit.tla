---- MODULE RdNoInit ----
EXTENDS Naturals
VARIABLE x
ASSUME 1 = 2
Init == x = 0
====
