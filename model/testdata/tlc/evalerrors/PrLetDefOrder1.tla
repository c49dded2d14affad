---- MODULE PrLetDefOrder1 ----
\* The definition used after the assignment: its LET evaluated once per use of the definition.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("a") IN a /\ a /\ TLCSet(1, 5)
Init == x = 0 /\ PrintT("init") /\ D
Next == x' = (x + 1) % 2 /\ PrintT("next") /\ D
====
