---- MODULE PrITS ----
EXTENDS TLC
D == PrintT("d") /\ TLCSet(1, 5)
====
