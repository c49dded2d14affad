---- MODULE DiffOverlap ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = (1..20) \ (1..10)
Next == UNCHANGED x
====
