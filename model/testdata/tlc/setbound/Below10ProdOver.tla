---- MODULE Below10ProdOver ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
Init == x = (1..4) \X (1..4)
Next == UNCHANGED x
====
