---- MODULE IntCardMin ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = Cardinality((-2147483647-1)..2147483647)
Next == UNCHANGED x
====
