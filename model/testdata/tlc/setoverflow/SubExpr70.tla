---- MODULE SubExpr70 ----
EXTENDS Naturals, Integers, FiniteSets
VARIABLE x
Init == x = IF \E s \in SUBSET (1..70) : s = {} THEN 1 ELSE 2
Next == UNCHANGED x
====
