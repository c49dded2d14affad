---- MODULE SA ----
EXTENDS Naturals
CONSTANT b
VARIABLE v
Val == b[1]
Two == Val + 1
Step == v' = b[1]
Step2 == v' = 1 /\ v' = Val
Init0 == v = b[1]
J == INSTANCE SInst
====
