---- MODULE PrLetInv ----
\* A LET definition used twice in an invariant: printed once per evaluation.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Inv == LET a == PrintT("l") IN a /\ a /\ x < 5
Next == x' = (x + 1) % 2
====
