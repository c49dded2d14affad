---- MODULE CNV ----
CONSTANT C
VARIABLE v
Val == C
====
