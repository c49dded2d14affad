---- MODULE UnsNextEx ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x = 0
Next == \E y \in U : x' = y
====
