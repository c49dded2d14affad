---- MODULE UniI ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = UNION {1}
Next == x' = x
====
