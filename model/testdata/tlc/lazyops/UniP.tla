---- MODULE UniP ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == PrintT(UNION {1}) /\ x = 0
Next == x' = x
====
