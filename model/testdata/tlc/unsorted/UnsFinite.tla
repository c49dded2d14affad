---- MODULE UnsFinite ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = IsFiniteSet(U)
Next == UNCHANGED x
====
