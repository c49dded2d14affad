---- MODULE UnsExprEx ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = (\E y \in U : y = 2)
Next == UNCHANGED x
====
