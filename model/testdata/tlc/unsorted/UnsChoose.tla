---- MODULE UnsChoose ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = CHOOSE y \in U : TRUE
Next == UNCHANGED x
====
