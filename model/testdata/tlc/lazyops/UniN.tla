---- MODULE UniN ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = UNION {1}
====
