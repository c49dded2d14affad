---- MODULE RcdSetCardOver ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality([a : 1..50000, b : 1..50000])
Next == UNCHANGED x
====
