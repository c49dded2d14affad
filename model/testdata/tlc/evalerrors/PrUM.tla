---- MODULE PrUM ----
EXTENDS TLC
CONSTANT K
D == PrintT(<<"d", K>>)
E == PrintT("e") /\ D
====
