---- MODULE PostFlagCfg ----
EXTENDS Naturals, TLC
VARIABLES x
Init == x = 0
Next == x < 3 /\ x' = x + 1 /\ PrintT(<<"step", x>>)
PostR == PrintT(<<"own", TLCGet("stats").distinct>>) /\ TRUE
PostRF == PrintT(<<"ownF", TLCGet("stats").distinct>>) /\ FALSE
====
