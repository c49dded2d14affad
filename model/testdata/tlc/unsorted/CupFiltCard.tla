---- MODULE CupFiltCard ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = Cardinality({f \in [1..2 -> 1..3] : f[1] = 1} \cup (1..2))
Next == UNCHANGED x
====
