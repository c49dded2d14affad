---- MODULE FilterPredStack ----
EXTENDS Naturals, TLC, FiniteSets
VARIABLE x
F(y) == {f \in [1..2 -> 1..2] : f[1] = y}
Init == x = Cardinality(F("a"))
Next == UNCHANGED x
====
