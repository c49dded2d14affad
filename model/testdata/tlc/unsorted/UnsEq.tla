---- MODULE UnsEq ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = (U = U)
Next == UNCHANGED x
====
