---- MODULE SInit ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x \in SUBSET 3
Next == x' = x
====
