---- MODULE TPrintLib ----
EXTENDS TLC
L == PrintT("lib")
P(a) == PrintT(a)
====
