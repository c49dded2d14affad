---- MODULE DLevelPrint ----
EXTENDS Naturals, TLC
VARIABLE x
Lv == TLCGet("level")
Init == x = 0 /\ PrintT(<<"init", TLCGet("level")>>)
Next == /\ PrintT(<<"next", x, TLCGet("level")>>)
        /\ x' = (x + 1) % 4
        /\ PrintT(<<"nextp", x', TLCGet("level")', Lv'>>)
Con == PrintT(<<"con", x, TLCGet("level")>>)
ACon == PrintT(<<"acon", x, x', Lv, Lv'>>)
Inv == PrintT(<<"inv", x, TLCGet("level")>>)
====
