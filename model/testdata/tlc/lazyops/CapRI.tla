---- MODULE CapRI ----
EXTENDS Naturals, FiniteSets, Sequences, TLC
VARIABLE x
Init == x = {1} \cap 2
Next == x' = x
====
