---- MODULE DLevelView ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = x + 1
Inv == x < 3
Vw == <<TLCGet("level"), x>>
Al == [x |-> x, l |-> TLCGet("level")]
====
