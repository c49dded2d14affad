---- MODULE CapLV ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = 0
Next == x' = x
Inv == (1 \cap {2}) = {}
====
