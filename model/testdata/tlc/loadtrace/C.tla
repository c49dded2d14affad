---- MODULE C ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x' = 1 - x
Inv == TLCGet("level") < 4
V == x
====
