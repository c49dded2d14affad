---- MODULE FcnSetCard ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality([1..3 -> 1..30])
Next == UNCHANGED x
Inv == x = 27000
====
