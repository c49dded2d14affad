---- MODULE SimGetDiameter ----
\* TLCGet("diameter") under -simulate: the number of the behaviour being
\* generated, 0 while the initial states are computed and checked.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0 /\ PrintT(<<"init diam", TLCGet("diameter"), TLCGet("level")>>)
Next == /\ PrintT(<<"diam", TLCGet("diameter"), TLCGet("level"), TLCGet("duration") >= 0>>)
        /\ x' = x + 1
Inv == PrintT(<<"inv", TLCGet("diameter"), TLCGet("level")>>)
====
