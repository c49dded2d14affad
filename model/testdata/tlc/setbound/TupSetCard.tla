---- MODULE TupSetCard ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality((1..30) \X (1..30))
Next == UNCHANGED x
Inv == x = 900
====
