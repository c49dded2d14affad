---- MODULE RcdSetNonEmpty ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == \A r \in [a : 3, b : {}] : FALSE
====
