---- MODULE ProdNonEmpty ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
CONSTANT m
VARIABLE x

Init == x = 0
Next == x' = x
Inv == \A r \in 3 \X {} : FALSE
====
