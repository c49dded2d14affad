---- MODULE RcdSetEmptyInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x
Init == x \in [a : {}, b : 3]
Next == x' = x
====
