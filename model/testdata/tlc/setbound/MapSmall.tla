---- MODULE MapSmall ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = {i % 3 : i \in 1..20}
Next == UNCHANGED x
====
