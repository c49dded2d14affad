---- MODULE PrM2 ----
EXTENDS TLC
I == INSTANCE PrIM
F == PrintT("m2")
====
