---- MODULE CupDup600k ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = Cardinality((1..600000) \cup (1..600000))
Next == UNCHANGED x
Inv == x = 600000
====
