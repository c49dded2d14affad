---- MODULE TupSetCardOver ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality((1..50000) \X (1..50000))
Next == UNCHANGED x
====
