---- MODULE IntCard64 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = Cardinality(-9223372036854775807..9223372036854775807)
Next == UNCHANGED x
====
