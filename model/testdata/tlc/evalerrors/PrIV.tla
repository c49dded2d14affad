---- MODULE PrIV ----
EXTENDS TLC
VARIABLE y
D == PrintT("vd")
G == y = y /\ PrintT("vg")
====
