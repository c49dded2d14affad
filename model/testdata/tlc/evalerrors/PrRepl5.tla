---- MODULE PrRepl5 ----
\* Z <- Over, Over a LET: the LET body printed at each use of Z.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == LET a == PrintT("l") IN a
Init == x = 0 /\ Z
Next == x' = (x + 1) % 2 /\ Z
====
