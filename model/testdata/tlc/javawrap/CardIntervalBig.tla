---- MODULE CardIntervalBig ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(1..2147483647) > 0
====
