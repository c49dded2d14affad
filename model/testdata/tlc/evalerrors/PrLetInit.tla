---- MODULE PrLetInit ----
\* LET definitions used twice as conjuncts of Init and of an action under \E: printed at each use.
EXTENDS Naturals, TLC
VARIABLE x
Init == LET a == PrintT("i") IN x = 0 /\ a /\ a
Next == \E i \in {1, 2} : LET a == PrintT(i) IN x' = (x + 1) % 2 /\ a /\ a
====
