---- MODULE CapOverlap ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = (1..20) \cap (5..14)
Next == UNCHANGED x
====
