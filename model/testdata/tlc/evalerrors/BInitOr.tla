---- MODULE BInitOr ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = 0 \/ 2
Next == x' = x
====
