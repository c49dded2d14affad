---- MODULE CN ----
CONSTANT C
Val == C
====
