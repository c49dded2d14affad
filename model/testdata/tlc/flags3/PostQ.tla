---- MODULE PostQ ----
EXTENDS Naturals, TLC
PostOK == PrintT(<<"post", TLCGet("stats").distinct>>) /\ TRUE
PostF == TLCGet("stats").distinct = 5
====
