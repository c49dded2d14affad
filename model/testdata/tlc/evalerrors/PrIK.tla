---- MODULE PrIK ----
EXTENDS TLC
CONSTANT K
D == PrintT(K)
F == PrintT("f")
====
