---- MODULE UnsIntFirst ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in UNION {1..2, {<<1,1>>}}
Next == UNCHANGED x
====
