---- MODULE UnsCard ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = Cardinality(U)
Next == UNCHANGED x
====
