---- MODULE UnsEnumCmp ----
EXTENDS Naturals, FiniteSets, TLC
VARIABLE x
U == UNION {{<<1, 1>>}, 1..2}
Init == x \in UNION {{<<1,1>>}, {1, 2}}
Next == UNCHANGED x
====
