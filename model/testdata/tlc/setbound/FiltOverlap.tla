---- MODULE FiltOverlap ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = {i \in 1..20 : i > 10}
Next == UNCHANGED x
====
