---- MODULE RcdSetCard ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality([a : 1..30, b : 1..30])
Next == UNCHANGED x
Inv == x = 900
====
