---- MODULE UnsForall ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = (\A y \in U : y /= 3)
Next == UNCHANGED x
====
