---- MODULE DiffOver ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = (1..20) \ (1..9)
Next == UNCHANGED x
====
