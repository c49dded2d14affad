---- MODULE PrLetAction ----
\* A LET definition used twice as conjuncts of the action: printed at each use.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == LET a == PrintT("l") IN x' = (x + 1) % 2 /\ a /\ a
====
