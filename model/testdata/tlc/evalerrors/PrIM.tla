---- MODULE PrIM ----
EXTENDS TLC
D == PrintT("d")
E == PrintT("e") /\ D
====
