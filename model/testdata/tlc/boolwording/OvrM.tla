---- MODULE OvrM ----
EXTENDS TLC
CONSTANT K
D == PrintT(<<"d", K>>)
OverM == PrintT("overM") /\ 7
====
