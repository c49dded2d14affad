---- MODULE ZProdInit ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = {1} \X 3
Next == x' = x
====
