---- MODULE CardIntervalMax ----
EXTENDS Integers, FiniteSets
VARIABLE x
Init == x = 0
Next == x' = x
Inv == Cardinality(-5..2147483641) > 0
====
