---- MODULE UniA ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
ASSUME (UNION {1}) = {}
Init == x = 0
Next == x' = x
====
