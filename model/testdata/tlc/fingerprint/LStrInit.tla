---- MODULE LStrInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = STRING
Next == x' = x
====
