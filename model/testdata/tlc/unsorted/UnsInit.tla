---- MODULE UnsInit ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in U
Next == UNCHANGED x
====
