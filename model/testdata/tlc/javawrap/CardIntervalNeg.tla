---- MODULE CardIntervalNeg ----
EXTENDS Integers, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(-2147483647..2147483647) > 0
====
