---- MODULE PostK ----
EXTENDS PostKB, Naturals, TLC
CONSTANT J
Hello == PrintT(<<"hello", K>>)
Plain == PrintT("plain")
P == K = 3
PT == PrintT(<<"pt", TLCGet("stats").distinct>>) /\ TRUE
PL == FALSE /\ J = 3
====
