---- MODULE HInstM ----
CONSTANT C, Op(_)
B == C
====
