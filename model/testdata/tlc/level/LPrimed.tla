---- MODULE LPrimed ----
EXTENDS Naturals, TLC
VARIABLE x
Lv == TLCGet("level")
Init == x = 0
Next == /\ x' = (x + 1) % 3
        /\ PrintT(<<"nextp", x', Lv', TLCGet("level")', (TLCGet("level") + 0)'>>)
ACon == PrintT(<<"acon", x, x', Lv, Lv'>>)
====
