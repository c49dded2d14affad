---- MODULE RcdSetNonInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x \in [a : 3, b : {}]
Next == x' = x
====
