---- MODULE UnionEnumOverlap ----
EXTENDS Naturals, FiniteSets
VARIABLE x
Init == x = UNION {{1,2,3,4,5,6,7,8}, {5,6,7,8,9,10}}
Next == UNCHANGED x
====
