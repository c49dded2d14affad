---- MODULE PrUN2 ----
EXTENDS TLC
G == PrintT("g")
H == PrintT("h")
====
