---- MODULE CapOver ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = (1..20) \cap (5..15)
Next == UNCHANGED x
====
