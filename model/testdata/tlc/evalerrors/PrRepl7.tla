---- MODULE PrRepl7 ----
\* Z <- Over with Print: at each use of Z, primed or in Init.
EXTENDS Naturals, TLC
VARIABLE x
CONSTANT Z
Over == Print("o", 3)
Init == x = Z
Next == x' = x + Z - Z
====
