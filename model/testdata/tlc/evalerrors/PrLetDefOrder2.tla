---- MODULE PrLetDefOrder2 ----
\* The LET definition used twice around another print: printed once per evaluation of the definition.
EXTENDS Naturals, TLC
VARIABLE x
D == LET a == PrintT("a") /\ TLCSet(1, 5) IN a /\ PrintT("b") /\ a
Init == x = 0 /\ PrintT("init") /\ D
Next == x' = (x + 1) % 2 /\ PrintT("next") /\ D
====
