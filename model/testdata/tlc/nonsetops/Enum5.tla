---- MODULE Enum5 ----
EXTENDS Naturals, Sequences, FiniteSets, TLC
VARIABLE x
Init == x = Cardinality(3 \X {1})
Next == UNCHANGED x
====
