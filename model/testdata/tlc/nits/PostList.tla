---- MODULE PostList ----
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x < 2
PT == PrintT(<<"pt", TLCGet("stats").distinct>>)
PF == PrintT(<<"pf", TLCGet("stats").distinct>>) /\ FALSE
PG == PrintT(<<"pg", TLCGet("stats").distinct>>) /\ FALSE
PArg(a) == a
====
