---- MODULE PrUN ----
EXTENDS TLC
D == PrintT("nd")
E == PrintT("ne") /\ D
====
