---- MODULE SInst ----
EXTENDS Naturals
CONSTANT b
Val == b[1]
====
