---- MODULE DLevel ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 10
Con == TLCGet("level") < 4
Inv == x < 8
====
