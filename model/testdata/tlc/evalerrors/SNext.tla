---- MODULE SNext ----
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x' \in SUBSET 3
====
