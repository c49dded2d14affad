---- MODULE PrLetDefOrder3 ----
\* TLCSet first fails the definition at load; afterwards the LET definition prints once per evaluation.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("a") IN TLCSet(1, 5) /\ a /\ a
Init == x = 0 /\ PrintT("init") /\ D
Next == x' = (x + 1) % 2 /\ PrintT("next") /\ D
====
